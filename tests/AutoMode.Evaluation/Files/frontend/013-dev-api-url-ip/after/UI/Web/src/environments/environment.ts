// `ng build --prod` replaces `environment.ts` with `environment.prod.ts`.
// The list of file replacements can be found in `angular.json`.

const IP = 'localhost';

export const environment = {
  production: false,
  apiUrl: 'http://' + IP + ':5000/api/',
  hubUrl: 'http://'+ IP + ':5000/hubs/',
  buyLink: 'https://buy.stripe.com/test_9AQ5mi058h1PcIo3cf?prefilled_promo_code=FREETRIAL',
  manageLink: 'https://billing.stripe.com/p/login/test_14kfZocuh6Tz5ag7ss'
};
