import { defineProvider } from './schema';

export default defineProvider({
  id: 'mercadopago',
  name: { en: 'Mercado Pago', 'zh-CN': 'Mercado Pago' },
  hosts: ['*.mercadopago.com.br'],
  regions: ['BR'],
  contacts: {
    helpCentre: { url: 'https://www.mercadopago.com.br/ajuda' },
    contactPage: { url: 'https://www.mercadopago.com.br/ajuda' },
  },
});
