})
export class UtcToLocalTimePipe implements PipeTransform {

  transform(utcDate: string, format: UtcToLocalTimeFormat = 'short'): string {
    const browserLanguage = navigator.language;
    const dateTime = DateTime.fromISO(utcDate, { zone: 'utc' }).toLocal().setLocale(browserLanguage);

