import type { Provider } from './schema';
import alipay from './alipay';
import alipayhk from './alipayhk';
import amazonpay from './amazonpay';
import applepay from './applepay';
import cashapp from './cashapp';
import coinbase from './coinbase';
import gcash from './gcash';
import googlepay from './googlepay';
import klarna from './klarna';
import mercadopago from './mercadopago';
import neteller from './neteller';
import octopus from './octopus';
import payme from './payme';
import payoneer from './payoneer';
import paypal from './paypal';
import paytm from './paytm';
import phonepe from './phonepe';
import revolut from './revolut';
import skrill from './skrill';
import stripelink from './stripelink';
import unionpay from './unionpay';
import venmo from './venmo';
import wechatpay from './wechatpay';
import wechatpayhk from './wechatpayhk';
import wise from './wise';
import zelle from './zelle';

/**
 * Every supported provider, each parsed by its schema as it is imported (so a malformed provider
 * fails the build and the tests). Adding a provider is one file plus its import and entry here
 * (`npm run new:provider <id>` writes all three); the registry test fails when a file in this
 * folder is not listed. The extension's own bundles get this list already parsed, as data
 * (`shippedRegistrySource`, see wxt.config.ts), so no page parses it again. The list is written
 * out rather than collected with `import.meta.glob` because wxt.config.ts imports it in Node
 * through jiti, which has no glob imports.
 */
export const PROVIDERS: readonly Provider[] = Object.freeze([
  alipay,
  alipayhk,
  amazonpay,
  applepay,
  cashapp,
  coinbase,
  gcash,
  googlepay,
  klarna,
  mercadopago,
  neteller,
  octopus,
  payme,
  payoneer,
  paypal,
  paytm,
  phonepe,
  revolut,
  skrill,
  stripelink,
  unionpay,
  venmo,
  wechatpay,
  wechatpayhk,
  wise,
  zelle,
]);
