  production: false,
  apiUrl: 'http://localhost:5000/api/',
  hubUrl: 'http://localhost:5000/hubs/',
  buyLink: 'https://buy.stripe.com/test_8wM4ie2dg5j77o4cMO?prefilled_promo_code=FREETRIAL',
  manageLink: 'https://billing.stripe.com/p/login/test_14kfZocuh6Tz5ag7ss'
};

