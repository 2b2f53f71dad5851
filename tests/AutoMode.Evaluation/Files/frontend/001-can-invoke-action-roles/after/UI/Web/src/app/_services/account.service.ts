import { AgeRestriction } from '../_models/metadata/age-restriction';
import { TextResonse } from '../_types/text-response';
import {takeUntilDestroyed} from "@angular/core/rxjs-interop";
import {Action} from "./action-factory.service";

export enum Role {
  Admin = 'Admin',

      this.isOnline = true;
      this.refreshToken().subscribe();
    });
  }

  canInvokeAction(user: User, action: Action) {
    const isAdmin = this.hasAdminRole(user);
    const canDownload = this.hasDownloadRole(user);
    const canPromote = this.hasPromoteRole(user);

    if (isAdmin) return true;
    if (action === Action.Download) return canDownload;
    if (action === Action.Promote || action === Action.UnPromote) return canPromote;
    if (action === Action.Delete) return isAdmin;
    return true;
  }

  hasAnyRole(user: User, roles: Array<Role>) {

    );
  }

  setCurrentUser(user?: User, refreshConnections = true) {
    if (user) {
      user.roles = [];
      const roles = this.getDecodedToken(user.token).role;


    this.currentUser = user;
    this.currentUserSource.next(user);

    if (!refreshConnections) return;

    this.stopRefreshTokenTimer();


    return this.httpClient.post<Preferences>(this.baseUrl + 'users/update-preferences', userPreferences).pipe(map(settings => {
      if (this.currentUser !== undefined && this.currentUser !== null) {
        this.currentUser.preferences = settings;
        this.setCurrentUser(this.currentUser, false);

        // Update the locale on disk (for logout and compact-number pipe)
        localStorage.setItem(AccountService.localeKey, this.currentUser.preferences.locale);
