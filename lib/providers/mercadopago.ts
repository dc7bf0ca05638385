import { defineProvider } from './schema';

export default defineProvider({
  id: 'mercadopago',
  name: { en: 'Mercado Pago', 'zh-CN': 'Mercado Pago', 'zh-Hant': 'Mercado Pago' },
  hosts: ['*.mercadopago.com.br'],
  regions: ['BR'],
  contacts: {
    helpCentre: { url: 'https://www.mercadopago.com.br/ajuda' },
    contactPage: { url: 'https://www.mercadopago.com.br/ajuda' },
  },
  detection: {
    samplePages: {
      lang: 'pt',
      app: 'https://www.mercadopago.com.br/checkout/',
      help: 'https://www.mercadopago.com.br/ajuda/',
      history: 'https://www.mercadopago.com.br/activities/',
    },
  },
});
