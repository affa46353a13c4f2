// CloudTrade buy page. Vanilla ES module, no dependencies.
// IDs are kept as strings everywhere: they exceed the precision of JavaScript numbers.

const QUOTE_DEBOUNCE_MS = 250;
const POLL_INTERVAL_MS = 2000;
/** How long to keep polling for an instance bought here that has not appeared or settled. */
const AWAIT_LIMIT_MS = 120000;
/** How often a QR payment in progress is looked at, while the page is shown. */
const PAYMENT_POLL_MS = 1000;
/** Statuses of a channel payment that may still change; every other one is final. */
const OPEN_PAYMENT = new Set(['Pending', 'WaitingForUser']);
const CHANNEL_NAMES = { Alipay: 'Alipay', WechatPay: 'WeChat Pay' };

const $ = (selector, root = document) => root.querySelector(selector);

const el = {
  boot: $('#boot'),
  message: $('#message'),
  sessionBox: $('#session-box'),
  sessionName: $('#session-name'),
  logout: $('#logout'),
  loginView: $('#login-view'),
  loginForm: $('#login-form'),
  loginName: $('#login-name'),
  loginPassword: $('#login-password'),
  loginSubmit: $('#login-submit'),
  loginFillDemo: $('#login-fill-demo'),
  appView: $('#app-view'),
  configForm: $('#config-form'),
  product: $('#product'),
  productMeta: $('#product-meta'),
  attributes: $('#attributes'),
  period: $('#period'),
  priceState: $('#price-state'),
  priceLines: $('#price-lines'),
  priceErrors: $('#price-errors'),
  priceTotals: $('#price-totals'),
  priceList: $('#price-list'),
  priceDiscount: $('#price-discount'),
  priceFinal: $('#price-final'),
  priceCurrency: $('#price-currency'),
  priceMeta: $('#price-meta'),
  balance: $('#balance'),
  balanceCurrency: $('#balance-currency'),
  balanceMeta: $('#balance-meta'),
  buy: $('#buy'),
  payMethods: $('#pay-methods'),
  purchaseResult: $('#purchase-result'),
  channelPayment: $('#channel-payment'),
  channelPaymentTitle: $('#channel-payment-title'),
  qrState: $('#qr-state'),
  qrImage: $('#qr-image'),
  qrAmount: $('#qr-amount'),
  qrCurrency: $('#qr-currency'),
  qrNote: $('#qr-note'),
  qrText: $('#qr-text'),
  qrRetry: $('#qr-retry'),
  qrCancel: $('#qr-cancel'),
  refreshConsole: $('#refresh-console'),
  instancesBody: $('#instances tbody'),
  instancesEmpty: $('#instances-empty'),
  instancesMeta: $('#instances-meta'),
  ordersBody: $('#orders tbody'),
  ordersEmpty: $('#orders-empty'),
  ordersMeta: $('#orders-meta'),
  paymentsBody: $('#payments tbody'),
  paymentsEmpty: $('#payments-empty'),
  paymentsMeta: $('#payments-meta'),
  refundsBody: $('#refunds tbody'),
  refundsEmpty: $('#refunds-empty'),
  refundsMeta: $('#refunds-meta'),
  balancePaymentsBody: $('#balance-payments tbody'),
  balancePaymentsEmpty: $('#balance-payments-empty'),
  balancePaymentsMeta: $('#balance-payments-meta'),
};

const state = {
  session: null,
  products: [], // summaries from GET /api/products
  descriptions: new Map(), // productCode -> Promise<product description>
  loadedDescriptions: new Map(), // productCode -> product description (resolved)
  product: null, // description of the selected product
  productLoadSeq: 0,
  quoteTimer: null,
  quoteSeq: 0,
  quoteController: null,
  quotedRequest: null, // the request behind the price on screen; null when there is no valid price
  scheduledKey: null, // the configuration last sent (or about to be sent) for a quote, as JSON
  buying: false,
  instances: [],
  // instances bought on this page that the console has not yet seen settle (id -> time of purchase):
  // the instance appears only once instance lifecycle has taken the paid order, so keep polling
  awaited: new Map(),
  pollTimer: null,
  consoleSeq: 0,
  // the QR payment on screen: { orderId, instanceId, channel, paymentId, status, timer, busy }; null when none
  payment: null,
};

// ---------------------------------------------------------------------------------------------
// HTTP

class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || problem.code || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code || (status ? `HTTP${status}` : 'NetworkError');
    this.title = problem.title || '';
    this.detail = problem.detail || '';
    this.details = Array.isArray(problem.details) ? problem.details : [];
    this.requestId = problem.requestId || '';
  }
}

/** JSON.parse that keeps integers beyond 2^53 as their exact source text (where the browser allows it). */
function parseJson(text) {
  return JSON.parse(text, (key, value, context) => {
    if (typeof value === 'number' && !Number.isSafeInteger(value) && Number.isInteger(value)
        && context && typeof context.source === 'string') {
      return context.source;
    }
    return value;
  });
}

function readCookie(name) {
  const prefix = `${name}=`;
  for (const part of document.cookie.split(';')) {
    const item = part.trim();
    if (item.startsWith(prefix)) return decodeURIComponent(item.slice(prefix.length));
  }
  return null;
}

async function api(method, path, body, { signal } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const xsrf = readCookie('XSRF-TOKEN');
  if (xsrf && method !== 'GET') headers['X-XSRF-TOKEN'] = xsrf;

  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
  } catch (err) {
    if (err && err.name === 'AbortError') throw err;
    throw new ApiError(0, {
      code: 'NetworkError',
      title: 'The server could not be reached',
      detail: `${method} ${path}: ${err && err.message ? err.message : err}`,
    });
  }

  let text = '';
  try {
    text = await response.text();
  } catch (err) {
    if (err && err.name === 'AbortError') throw err;
    throw new ApiError(response.status || 0, { code: 'NetworkError', title: 'The response was cut off', detail: String(err) });
  }
  let data = null;
  let parsed = false;
  if (text) {
    try {
      data = parseJson(text);
      parsed = true;
    } catch {
      parsed = false;
    }
  }

  if (!response.ok) {
    const problem = parsed && data && typeof data === 'object' ? data : {};
    throw new ApiError(response.status, {
      code: problem.code || `HTTP${response.status}`,
      title: problem.title || response.statusText || 'Request failed',
      detail: problem.detail || (parsed ? '' : text.trim().slice(0, 300)),
      details: problem.details,
      requestId: problem.requestId || response.headers.get('X-Request-Id') || '',
    });
  }
  if (text && !parsed) {
    throw new ApiError(response.status, {
      code: 'InvalidResponse',
      title: 'The server sent a response that is not JSON',
      detail: `${method} ${path}: ${text.trim().slice(0, 200)}`,
    });
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
// Small DOM helpers (text only; never innerHTML with server data)

function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key in node && typeof value !== 'string') node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Amounts are decimal strings; accept numbers or {amount,currency} objects defensively. */
function amountText(money) {
  if (money === undefined || money === null || money === '') return '—';
  if (typeof money === 'object') return amountText(money.amount ?? money.value);
  return String(money);
}

function currencyOf(...candidates) {
  for (const c of candidates) {
    if (!c) continue;
    if (typeof c === 'string') return c;
    if (typeof c === 'object' && typeof c.currency === 'string') return c.currency;
  }
  return '';
}

function isZero(amount) {
  const text = amountText(amount);
  return /^[+-]?0*(\.0*)?$/.test(text);
}

function timeCell(value) {
  if (!value) return h('span', { class: 'muted' }, '—');
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return h('span', {}, String(value));
  const text = date.toLocaleString(undefined, {
    year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
  return h('time', { datetime: String(value), title: String(value) }, text);
}

function badge(status) {
  const text = status ? String(status) : 'Unknown';
  const kind = text.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return h('span', { class: `badge badge-${kind}` }, text);
}

function newClientToken() {
  if (globalThis.crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // crypto.randomUUID needs a secure context (https or localhost); fall back to a v4 UUID built by hand.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// Messages

function clearMessage() {
  el.message.hidden = true;
  el.message.className = 'message';
  el.message.replaceChildren();
}

function showMessage(kind, ...content) {
  el.message.className = `message message-${kind}`;
  el.message.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const close = h('button', { type: 'button', class: 'message-close', 'aria-label': 'Dismiss', title: 'Dismiss' }, '×');
  close.addEventListener('click', clearMessage);
  el.message.replaceChildren(h('div', { class: 'message-body' }, ...content), close);
  el.message.hidden = false;
}

function detailText(item) {
  if (item === null || item === undefined) return '';
  if (typeof item !== 'object') return String(item);
  const main = item.message ?? item.detail ?? item.reason ?? item.description;
  const where = item.field ?? item.attribute ?? item.code ?? item.name;
  if (main !== undefined) return where !== undefined && where !== main ? `${where}: ${main}` : String(main);
  return JSON.stringify(item);
}

function problemNodes(err, prefix) {
  const nodes = [];
  const head = h('p', { class: 'problem-head' });
  if (prefix) head.append(`${prefix}: `);
  head.append(h('code', { class: 'error-code' }, err.code || 'Error'));
  const text = [err.title, err.detail].filter(Boolean).filter((v, i, all) => all.indexOf(v) === i).join(' — ');
  if (text) head.append(` ${text}`);
  nodes.push(head);
  if (err.details && err.details.length) {
    nodes.push(h('ul', { class: 'problem-details' }, err.details.map((d) => h('li', {}, detailText(d)))));
  }
  if (err.requestId) nodes.push(h('p', { class: 'request-id' }, `Request id: ${err.requestId}`));
  return nodes;
}

function toProblem(err) {
  if (err instanceof ApiError) return err;
  return new ApiError(0, {
    code: 'ClientError',
    title: 'Something went wrong in the page',
    detail: err && err.message ? err.message : String(err),
  });
}

/** Every failure ends up here, so none is silent. */
function reportError(err, prefix) {
  if (err && err.name === 'AbortError') return;
  console.error(prefix || 'Error', err);
  const problem = toProblem(err);
  if (problem.status === 401 && state.session) {
    enterLogin();
    showMessage('error', ...problemNodes(problem, 'Your session has ended, please sign in again'));
    return;
  }
  showMessage('error', ...problemNodes(problem, prefix));
}

// ---------------------------------------------------------------------------------------------
// Views

function enterLogin() {
  state.session = null;
  state.awaited.clear();
  state.quotedRequest = null;
  state.scheduledKey = null;
  stopPolling();
  clearPayment();
  clearTimeout(state.quoteTimer);
  if (state.quoteController) state.quoteController.abort();
  el.boot.hidden = true;
  el.appView.hidden = true;
  el.sessionBox.hidden = true;
  el.loginView.hidden = false;
  el.loginSubmit.disabled = false;
  el.loginPassword.value = '';
  el.loginName.focus();
}

async function enterApp(session) {
  state.session = session;
  el.sessionName.textContent = session.name || session.loginName || session.accountId || '';
  el.sessionName.title = session.accountId ? `Account ${session.accountId}` : '';
  el.boot.hidden = true;
  el.loginView.hidden = true;
  el.sessionBox.hidden = false;
  el.appView.hidden = false;
  el.purchaseResult.hidden = true;
  resetPrice('Choose a configuration');
  updateBuy();
  await Promise.all([
    loadProducts().catch((err) => reportError(err, 'Could not load the products')),
    refreshBalance().catch((err) => reportError(err, 'Could not load the balance')),
    refreshConsole(),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Session

async function boot() {
  try {
    const session = await api('GET', '/api/session');
    await enterApp(session);
  } catch (err) {
    enterLogin();
    if (!(err instanceof ApiError && err.status === 401)) reportError(err, 'Could not check the session');
  }
}

el.loginForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearMessage();
  const loginName = el.loginName.value.trim();
  const password = el.loginPassword.value;
  if (!loginName || !password) {
    showMessage('error', h('p', { class: 'problem-head' }, h('code', { class: 'error-code' }, 'MissingParameter'),
      ' Enter your login name and password.'));
    return;
  }
  el.loginSubmit.disabled = true;
  el.loginSubmit.textContent = 'Signing in…';
  try {
    const session = await api('POST', '/api/session', { loginName, password });
    el.loginPassword.value = '';
    await enterApp(session);
  } catch (err) {
    reportError(err, 'Sign-in failed');
  } finally {
    el.loginSubmit.disabled = false;
    el.loginSubmit.textContent = 'Sign in';
  }
});

el.loginFillDemo.addEventListener('click', () => {
  el.loginName.value = 'demo-customer';
  el.loginPassword.value = 'DemoCustomer#2026';
  el.loginSubmit.focus();
});

el.logout.addEventListener('click', async () => {
  el.logout.disabled = true;
  try {
    await api('DELETE', '/api/session');
    enterLogin();
    showMessage('info', 'You have signed out.');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      enterLogin();
      showMessage('info', 'You have signed out.');
    } else {
      reportError(err, 'Sign-out failed');
    }
  } finally {
    el.logout.disabled = false;
  }
});

// ---------------------------------------------------------------------------------------------
// Products and the configuration form

function describeProduct(code) {
  if (!state.descriptions.has(code)) {
    const promise = api('GET', `/api/products/${encodeURIComponent(code)}`).then((description) => {
      state.loadedDescriptions.set(code, description);
      return description;
    });
    promise.catch(() => state.descriptions.delete(code)); // allow a retry later
    state.descriptions.set(code, promise);
  }
  return state.descriptions.get(code);
}

function productName(code) {
  const described = state.loadedDescriptions.get(code);
  if (described && described.productName) return described.productName;
  const summary = state.products.find((p) => p.productCode === code);
  return summary && summary.productName ? summary.productName : code;
}

async function loadProducts() {
  const products = await api('GET', '/api/products');
  state.products = Array.isArray(products) ? products : (products && products.items) || [];
  const previous = el.product.value;
  el.product.replaceChildren(...state.products.map((p) =>
    h('option', { value: p.productCode }, p.productName ? `${p.productName} (${p.productCode})` : p.productCode)));
  if (!state.products.length) {
    el.product.disabled = true;
    el.attributes.replaceChildren(h('p', { class: 'muted' }, 'No products are on sale.'));
    resetPrice('No products are on sale');
    return;
  }
  el.product.disabled = false;
  if (previous && state.products.some((p) => p.productCode === previous)) el.product.value = previous;
  renderInstances(); // product names may have become known
  await selectProduct(el.product.value);
}

async function selectProduct(code) {
  const seq = ++state.productLoadSeq;
  state.product = null;
  state.quotedRequest = null;
  updateBuy();
  el.attributes.replaceChildren(h('p', { class: 'muted' }, 'Loading the product…'));
  resetPrice('Loading…');
  try {
    const description = await describeProduct(code);
    if (seq !== state.productLoadSeq) return;
    state.product = description;
    renderAttributes(description);
    scheduleQuote(0);
  } catch (err) {
    if (seq !== state.productLoadSeq) return;
    el.attributes.replaceChildren(h('p', { class: 'muted' }, 'The product could not be loaded.'));
    resetPrice('Unavailable');
    reportError(err, `Could not load product ${code}`);
  }
}

function orderedAttributes(description) {
  const attributes = Array.isArray(description.attributes) ? [...description.attributes] : [];
  const regions = Array.isArray(description.regions) ? description.regions : [];
  if (!attributes.some((a) => a.code === 'Region') && regions.length) {
    attributes.unshift({
      code: 'Region', name: 'Region', type: 'ENUM', values: regions.map((r) => ({ value: r, name: r })), defaultValue: regions[0],
    });
  }
  const region = attributes.filter((a) => a.code === 'Region');
  return [...region, ...attributes.filter((a) => a.code !== 'Region')];
}

function renderAttributes(description) {
  const meta = [description.productType, description.currency && `prices in ${description.currency}`,
    description.catalogVersion && `catalog ${description.catalogVersion}`].filter(Boolean).join(' · ');
  el.productMeta.textContent = meta;
  const fields = orderedAttributes(description).map((attr) => renderField(attr, description));
  el.attributes.replaceChildren(...fields);
  markSoldOut();
}

/**
 * Values sold out in the chosen region are disabled and say so; a value already chosen stays
 * chosen, and the quote explains it (SoldOut) rather than the page silently changing it.
 */
function markSoldOut() {
  const soldOut = (state.product && Array.isArray(state.product.soldOut)) ? state.product.soldOut : [];
  const region = $('#attr-Region') ? $('#attr-Region').value : null;
  for (const option of el.attributes.querySelectorAll('select:not(#attr-Region) option')) {
    const code = option.parentElement.dataset.attr;
    const out = soldOut.some((s) => s.region === region && s.attributeCode === code && s.value === option.value);
    if (option.dataset.label === undefined) option.dataset.label = option.textContent;
    option.disabled = out;
    option.dataset.soldOut = out ? 'true' : 'false';
    option.textContent = out ? `${option.dataset.label} (sold out in ${region})` : option.dataset.label;
  }
}

function renderField(attr, description) {
  const id = `attr-${attr.code}`;
  const label = attr.name || attr.code;
  const type = String(attr.type || '').toUpperCase();
  const data = { attr: attr.code, type };

  if (type === 'BOOLEAN') {
    const input = h('input', { type: 'checkbox', id, name: attr.code, dataset: data });
    input.checked = String(attr.defaultValue).toLowerCase() === 'true';
    return h('div', { class: 'field field-check' },
      h('label', { class: 'check' }, input, h('span', {}, label)));
  }

  if (type === 'INT_RANGE') {
    const input = h('input', {
      type: 'number', id, name: attr.code, inputmode: 'numeric', dataset: data,
      min: attr.min ?? undefined, max: attr.max ?? undefined, step: attr.step ?? 1,
    });
    input.value = attr.defaultValue ?? attr.min ?? '';
    const range = [];
    if (attr.min !== undefined && attr.min !== null && attr.max !== undefined && attr.max !== null) {
      range.push(`${attr.min} – ${attr.max}${attr.unit ? ` ${attr.unit}` : ''}`);
    }
    if (attr.step && Number(attr.step) !== 1) range.push(`step ${attr.step}`);
    return h('div', { class: 'field' },
      h('label', { class: 'label', for: id }, label),
      h('div', { class: 'with-unit' }, input, attr.unit ? h('span', { class: 'unit' }, attr.unit) : null),
      range.length ? h('p', { class: 'field-hint' }, range.join(', ')) : null);
  }

  // ENUM (and anything unknown with values)
  const values = Array.isArray(attr.values) ? attr.values : [];
  const select = h('select', { id, name: attr.code, dataset: data });
  const inStock = attr.code === 'Region' && Array.isArray(description.regions) && description.regions.length
    ? new Set(description.regions) : null;
  for (const v of values) {
    const unavailable = inStock && !inStock.has(v.value);
    select.append(h('option', { value: v.value, disabled: unavailable },
      `${v.name || v.value}${unavailable ? ' (not available)' : ''}`));
  }
  const preferred = values.find((v) => v.value === attr.defaultValue && !(inStock && !inStock.has(v.value)));
  const firstAvailable = values.find((v) => !(inStock && !inStock.has(v.value)));
  const chosen = preferred || firstAvailable;
  if (chosen) select.value = chosen.value;
  if (!values.length) {
    select.append(h('option', { value: attr.defaultValue ?? '' }, attr.defaultValue ?? '(none)'));
  }
  return h('div', { class: 'field' },
    h('label', { class: 'label', for: id }, label),
    select);
}

function selectedPeriod() {
  const option = el.period.selectedOptions[0] || el.period.options[0];
  return { period: Number(option.dataset.period), periodUnit: option.dataset.unit };
}

/** The configuration on screen, plus problems that need no server round trip. */
function collectRequest() {
  const config = {};
  const problems = [];
  for (const input of el.attributes.querySelectorAll('[data-attr]')) {
    const code = input.dataset.attr;
    if (input.type === 'checkbox') {
      config[code] = input.checked ? 'true' : 'false';
      input.removeAttribute('aria-invalid');
      continue;
    }
    const value = input.value.trim();
    let bad = false;
    if (input.dataset.type === 'INT_RANGE' && !/^-?\d+$/.test(value)) {
      bad = true;
      const name = input.closest('.field')?.querySelector('.label')?.textContent || code;
      problems.push(value === '' ? `${name} (${code}) is required` : `${name} (${code}) must be a whole number, not "${input.value}"`);
    }
    if (bad) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    config[code] = value;
  }
  const { period, periodUnit } = selectedPeriod();
  return {
    request: { productCode: state.product ? state.product.productCode : el.product.value, subscriptionType: 'Subscription', period, periodUnit, config },
    problems,
  };
}

// ---------------------------------------------------------------------------------------------
// Quotes

/**
 * For edits of the form. A field fires "change" when it loses focus after "input" events have already
 * asked for a quote of the same configuration; e.g. typing a disk size and then clicking Buy. Quoting
 * again would disable Buy between mousedown and click, and the click would be lost.
 */
function configurationEdited() {
  if (state.product && JSON.stringify(collectRequest().request) === state.scheduledKey) return;
  scheduleQuote();
}

function scheduleQuote(delay = QUOTE_DEBOUNCE_MS) {
  state.scheduledKey = state.product ? JSON.stringify(collectRequest().request) : null;
  state.quotedRequest = null;
  // A quote still in flight prices a configuration that is no longer on screen: drop it, so that its
  // answer can neither show a stale price nor enable Buy for a configuration the user has changed.
  state.quoteSeq += 1;
  if (state.quoteController) state.quoteController.abort();
  updateBuy();
  el.priceState.textContent = 'updating…';
  el.priceState.className = 'price-state busy';
  clearTimeout(state.quoteTimer);
  state.quoteTimer = setTimeout(runQuote, delay);
}

async function runQuote() {
  if (!state.product || !state.session) return;
  const seq = ++state.quoteSeq;
  if (state.quoteController) state.quoteController.abort();
  const controller = new AbortController();
  state.quoteController = controller;
  const { request, problems } = collectRequest();
  // Mark server-side invalid fields only after the answer; clear the old marks now.
  for (const node of el.attributes.querySelectorAll('.field.invalid')) node.classList.remove('invalid');

  if (problems.length) {
    showQuoteProblem(new ApiError(400, { code: 'InvalidConfiguration', title: 'Check the configuration', details: problems }));
    return;
  }
  try {
    const quote = await api('POST', '/api/quotes', request, { signal: controller.signal });
    if (seq !== state.quoteSeq) return;
    renderQuote(quote);
    state.quotedRequest = request;
  } catch (err) {
    if (err && err.name === 'AbortError') return;
    if (seq !== state.quoteSeq) return;
    state.scheduledKey = null; // let the next edit retry, even to the same configuration
    if (err instanceof ApiError && err.status === 401) {
      reportError(err);
      return;
    }
    showQuoteProblem(toProblem(err));
    // Rejections of the configuration belong next to the price; anything else is also a page error.
    if (!(err instanceof ApiError) || err.status === 0 || err.status >= 500) reportError(err, 'Could not get a price');
  } finally {
    if (seq === state.quoteSeq) updateBuy();
  }
}

function resetPrice(note) {
  el.priceLines.replaceChildren();
  el.priceErrors.hidden = true;
  el.priceErrors.replaceChildren();
  el.priceTotals.hidden = false;
  el.priceList.textContent = '—';
  el.priceDiscount.textContent = '—';
  el.priceFinal.textContent = '—';
  el.priceCurrency.textContent = '';
  el.priceMeta.textContent = note || '';
  el.priceState.textContent = '';
  el.priceState.className = 'price-state';
}

function renderQuote(quote) {
  const currency = currencyOf(quote.currency, quote.finalAmount, state.product && state.product.currency);
  const lines = Array.isArray(quote.lines) ? quote.lines : [];
  // Discounts (e.g. "12 months for the price of 10" for a yearly period) are lines too, shown as
  // deductions; when the server sends only the total discount, show that as one line.
  let discounts = Array.isArray(quote.discounts) ? quote.discounts : [];
  if (!discounts.length && !isZero(quote.discount)) {
    const { period, periodUnit } = selectedPeriod();
    discounts = [{
      moduleCode: 'discount',
      description: `Discount for ${period} ${periodUnit.toLowerCase()}${period === 1 ? '' : 's'} prepaid`,
      amount: quote.discount,
    }];
  }
  el.priceLines.replaceChildren(
    ...lines.map((line) =>
      h('tr', { dataset: { module: line.moduleCode || '' } },
        h('td', { class: 'line-desc' },
          h('span', { class: 'line-module' }, line.moduleCode || ''),
          h('span', { class: 'line-text' }, line.description || '')),
        h('td', { class: 'num' }, amountText(line.amount)))),
    ...discounts.map((line) =>
      h('tr', { class: 'discount-line', dataset: { module: line.moduleCode || 'discount', discount: 'true' } },
        h('td', { class: 'line-desc' },
          h('span', { class: 'line-module' }, line.moduleCode || 'discount'),
          h('span', { class: 'line-text' }, line.description || '')),
        h('td', { class: 'num discount' }, `− ${amountText(line.amount)}`))));
  el.priceErrors.hidden = true;
  el.priceErrors.replaceChildren();
  el.priceTotals.hidden = false;
  el.priceList.textContent = `${amountText(quote.listPrice)} ${currency}`.trim();
  el.priceDiscount.textContent = isZero(quote.discount) ? `0.00 ${currency}`.trim() : `− ${amountText(quote.discount)} ${currency}`.trim();
  el.priceDiscount.classList.toggle('discount', !isZero(quote.discount));
  el.priceFinal.textContent = amountText(quote.finalAmount);
  el.priceCurrency.textContent = currency;
  const { period, periodUnit } = selectedPeriod();
  el.priceMeta.textContent = [
    quote.region && `Region ${quote.region}`,
    `${period} ${periodUnit.toLowerCase()}${period === 1 ? '' : 's'} prepaid`,
    quote.catalogVersion && `catalog ${quote.catalogVersion}`,
  ].filter(Boolean).join(' · ');
  el.priceState.textContent = '';
  el.priceState.className = 'price-state';
}

function showQuoteProblem(problem) {
  state.quotedRequest = null;
  el.priceLines.replaceChildren();
  el.priceTotals.hidden = true;
  el.priceFinal.textContent = '—';
  el.priceCurrency.textContent = '';
  el.priceMeta.textContent = '';
  el.priceErrors.replaceChildren(
    h('p', { class: 'problem-head' },
      h('code', { class: 'error-code' }, problem.code || 'Error'),
      ' ', problem.title && problem.detail && problem.title !== problem.detail
        ? `${problem.title} — ${problem.detail}` : (problem.detail || problem.title || '')),
    problem.details.length ? h('ul', { class: 'problem-details' }, problem.details.map((d) => h('li', {}, detailText(d)))) : null,
    problem.requestId ? h('p', { class: 'request-id' }, `Request id: ${problem.requestId}`) : null);
  el.priceErrors.hidden = false;
  el.priceState.textContent = 'not available';
  el.priceState.className = 'price-state bad';
  // highlight the fields the details mention by attribute code
  const text = problem.details.map(detailText).join('\n');
  for (const input of el.attributes.querySelectorAll('[data-attr]')) {
    if (text.includes(input.dataset.attr)) input.closest('.field')?.classList.add('invalid');
  }
  updateBuy();
}

el.product.addEventListener('change', () => {
  clearMessage();
  el.purchaseResult.hidden = true;
  selectProduct(el.product.value);
});
el.attributes.addEventListener('input', configurationEdited);
el.attributes.addEventListener('change', configurationEdited);
el.attributes.addEventListener('change', (event) => {
  if (event.target && event.target.id === 'attr-Region') markSoldOut();
});
el.period.addEventListener('change', configurationEdited);
el.configForm.addEventListener('submit', (event) => event.preventDefault());

// ---------------------------------------------------------------------------------------------
// Buying

/** Balance, Alipay or WechatPay: the value of the chosen payment method. */
function payMethod() {
  const chosen = el.payMethods.querySelector('input[name="pay-method"]:checked');
  return chosen ? chosen.value : 'Balance';
}

function channelName(channel) {
  return CHANNEL_NAMES[channel] || channel || '—';
}

function updateBuy() {
  el.buy.disabled = state.buying || !state.quotedRequest || !state.session;
  const method = payMethod();
  el.buy.textContent = state.buying ? 'Placing the order…' : method === 'Balance' ? 'Buy' : `Buy and pay with ${channelName(method)}`;
  el.buy.setAttribute('aria-busy', state.buying ? 'true' : 'false');
  for (const input of el.payMethods.querySelectorAll('input')) input.disabled = state.buying;
}

el.payMethods.addEventListener('change', updateBuy);

el.buy.addEventListener('click', async () => {
  if (state.buying || !state.quotedRequest) return;
  const request = state.quotedRequest;
  const clientToken = newClientToken(); // fresh per click
  const method = payMethod();
  state.buying = true;
  updateBuy();
  clearMessage();
  clearPayment();
  el.purchaseResult.hidden = true;
  if (method !== 'Balance') {
    try {
      await buyWithChannel(request, clientToken, method);
    } finally {
      state.buying = false;
      updateBuy();
    }
    await refreshConsole();
    return;
  }
  try {
    const order = await api('POST', '/api/orders', { clientToken, ...request });
    const orderId = String(order.orderId ?? '');
    const instanceId = String(order.instanceId ?? '');
    if (instanceId) state.awaited.set(instanceId, Date.now());
    const amount = `${amountText(order.amount)} ${currencyOf(order.currency, order.amount)}`.trim();
    showMessage('success',
      h('p', {}, 'Order ', h('code', { id: 'result-order-id', dataset: { orderId } }, orderId),
        ` placed (${order.status || 'submitted'}, ${amount}). Instance `,
        h('code', { id: 'result-instance-id', dataset: { instanceId } }, instanceId || '—'),
        ' is being created — watch it below.'));
    el.purchaseResult.replaceChildren(
      h('div', {}, h('span', { class: 'muted' }, 'Order ID'), h('code', { class: 'order-id' }, orderId)),
      h('div', {}, h('span', { class: 'muted' }, 'Instance ID'), h('code', { class: 'instance-id' }, instanceId || '—')),
      h('div', {}, h('span', { class: 'muted' }, 'Status'), badge(order.status)));
    el.purchaseResult.hidden = false;
  } catch (err) {
    reportError(err, 'Purchase failed');
  } finally {
    state.buying = false;
    updateBuy();
  }
  // balance, instances and orders may all have changed (also after a failure, e.g. NotEnoughBalance)
  await Promise.all([
    refreshBalance().catch((err) => reportError(err, 'Could not refresh the balance')),
    refreshConsole(),
  ]);
});

// ---------------------------------------------------------------------------------------------
// Paying through Alipay or WeChat Pay: the order is placed unpaid, a QR payment is started for it,
// and the page follows the payment (GET /api/payments/{id} every second while the page is shown)
// until the channel confirms it; amounts are the server's strings.

async function buyWithChannel(request, clientToken, channel) {
  let order;
  try {
    order = await api('POST', '/api/orders', { clientToken, ...request, payNow: false });
  } catch (err) {
    reportError(err, 'Purchase failed');
    return;
  }
  state.payment = {
    orderId: String(order.orderId ?? ''),
    instanceId: String(order.instanceId ?? ''),
    channel,
    paymentId: null,
    status: null,
    timer: null,
    busy: false,
  };
  const started = startChannelPayment(state.payment);
  el.channelPayment.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  await started;
}

/** Starts a (new) QR payment of the order on screen: at first, and after one expired or failed. */
async function startChannelPayment(p) {
  p.busy = true;
  showChannelPayment(p, null);
  try {
    const payment = await api('POST', `/api/orders/${encodeURIComponent(p.orderId)}/channel-payments`,
      { channel: p.channel, scene: 'QR' });
    if (state.payment !== p) return;
    p.paymentId = String(payment.paymentId ?? '');
    p.busy = false;
    clearMessage();
    showChannelPayment(p, payment);
    if (OPEN_PAYMENT.has(payment.status)) schedulePaymentPoll(p);
    else await paymentEnded(p, payment);
  } catch (err) {
    if (state.payment !== p) return;
    p.busy = false;
    p.status = 'NotStarted';
    showChannelPayment(p, null);
    const problem = toProblem(err);
    if (problem.code === 'OrderNotPayable') {
      // paid meanwhile (by a payment we had given up on), or cancelled because its payment time ran out
      el.qrRetry.hidden = true;
      reportError(err, `Order ${p.orderId} cannot be paid any more; if it was not paid, buy again`);
      await refreshConsole();
    } else {
      reportError(err, `Could not start the ${channelName(p.channel)} payment of order ${p.orderId}`);
    }
  }
}

const PAYMENT_STATES = {
  Pending: ['Waiting for payment…', 'busy'],
  WaitingForUser: ['Waiting for confirmation in the app…', 'busy'],
  Succeeded: ['Paid', 'done'],
  Failed: ['Payment failed', 'bad'],
  Closed: ['Expired or closed', 'bad'],
  NotStarted: ['Not started', 'bad'],
};

/** Renders the payment panel; {@code payment} is the server's view of it, or null while none is known. */
function showChannelPayment(p, payment) {
  if (payment) p.status = payment.status;
  const status = p.busy ? null : p.status;
  const [label, kind] = status ? (PAYMENT_STATES[status] || [status, '']) : ['Starting the payment…', 'busy'];
  const open = status === null || OPEN_PAYMENT.has(status);
  el.channelPayment.dataset.orderId = p.orderId;
  el.channelPayment.dataset.paymentId = p.paymentId || '';
  el.channelPayment.dataset.status = status || '';
  el.channelPayment.classList.toggle('ended', !open);
  el.channelPaymentTitle.textContent = status === 'Succeeded'
    ? `Paid with ${channelName(p.channel)}` : `Scan with ${channelName(p.channel)} to pay order ${p.orderId}`;
  el.qrState.textContent = label;
  el.qrState.className = `payment-state ${kind}`;
  el.qrState.dataset.status = status || '';
  if (payment) {
    el.qrAmount.textContent = amountText(payment.amount);
    el.qrCurrency.textContent = currencyOf(payment.currency, payment.amount);
    const src = payment.qrImageUrl || (payment.qrCode ? `/api/payments/${encodeURIComponent(p.paymentId)}/qr.png` : '');
    if (src && el.qrImage.getAttribute('src') !== src) {
      el.qrImage.src = src;
      el.qrImage.alt = `QR code to pay order ${p.orderId} with ${channelName(p.channel)}`;
    }
    el.qrImage.hidden = !src;
    el.qrText.textContent = payment.qrCode || '';
  } else if (status === null || status === 'NotStarted') {
    el.qrImage.removeAttribute('src');
    el.qrImage.hidden = true;
    el.qrText.textContent = '';
  }
  el.qrNote.textContent = paymentNote(p, payment);
  el.qrRetry.hidden = open || status === 'Succeeded';
  el.qrRetry.disabled = p.busy;
  el.qrCancel.hidden = status === 'Succeeded';
  el.qrCancel.disabled = p.busy;
  el.channelPayment.hidden = false;
}

function paymentNote(p, payment) {
  if (!payment) return p.status === 'NotStarted' ? 'The payment could not be started; the order waits unpaid.' : '';
  if (payment.status === 'Succeeded') {
    return payment.paidAt ? `Paid at ${new Date(payment.paidAt).toLocaleTimeString()}.` : 'Paid.';
  }
  if (payment.status === 'Closed' || payment.status === 'Failed') {
    return `${payment.failureReason ? `${payment.failureReason}. ` : ''}No money was taken; try again to get a new code.`;
  }
  return payment.expiresAt ? `The code is valid until ${new Date(payment.expiresAt).toLocaleTimeString()}.` : '';
}

function schedulePaymentPoll(p) {
  clearTimeout(p.timer);
  p.timer = null;
  if (state.payment !== p || !p.paymentId || !OPEN_PAYMENT.has(p.status) || document.hidden) return;
  p.timer = setTimeout(() => pollPayment(p), PAYMENT_POLL_MS);
}

async function pollPayment(p) {
  p.timer = null;
  if (state.payment !== p || !OPEN_PAYMENT.has(p.status)) return;
  const paymentId = p.paymentId;
  try {
    const payment = await api('GET', `/api/payments/${encodeURIComponent(paymentId)}`);
    if (state.payment !== p || p.paymentId !== paymentId) return;
    showChannelPayment(p, payment);
    if (!OPEN_PAYMENT.has(payment.status)) {
      await paymentEnded(p, payment);
      return;
    }
  } catch (err) {
    if (state.payment !== p || p.paymentId !== paymentId) return;
    const problem = toProblem(err);
    if (problem.status === 401 || problem.status === 404) {
      reportError(err, 'Could not follow the payment');
      return;
    }
    el.qrNote.textContent = `Could not check the payment (${problem.code}); trying again…`;
  }
  schedulePaymentPoll(p);
}

async function paymentEnded(p, payment) {
  clearTimeout(p.timer);
  p.timer = null;
  if (payment.status === 'Succeeded') {
    const { orderId, instanceId } = p;
    if (instanceId) state.awaited.set(instanceId, Date.now());
    const amount = `${amountText(payment.amount)} ${currencyOf(payment.currency, payment.amount)}`.trim();
    showMessage('success',
      h('p', {}, 'Order ', h('code', { id: 'result-order-id', dataset: { orderId } }, orderId),
        ` paid with ${channelName(p.channel)} (${amount}). Instance `,
        h('code', { id: 'result-instance-id', dataset: { instanceId } }, instanceId || '—'),
        ' is being created — watch it below.'));
    el.purchaseResult.replaceChildren(
      h('div', {}, h('span', { class: 'muted' }, 'Order ID'), h('code', { class: 'order-id' }, orderId)),
      h('div', {}, h('span', { class: 'muted' }, 'Instance ID'), h('code', { class: 'instance-id' }, instanceId || '—')),
      h('div', {}, h('span', { class: 'muted' }, 'Payment'), badge('Paid')));
    el.purchaseResult.hidden = false;
  } else {
    const what = payment.status === 'Closed' ? 'expired or was closed' : 'failed';
    showMessage('error', h('p', { class: 'problem-head' },
      h('code', { class: 'error-code' }, `Payment${payment.status}`),
      ` The ${channelName(p.channel)} payment of order ${p.orderId} ${what}`,
      payment.failureReason ? ` (${payment.failureReason})` : '', '. Nothing was charged: use "Try again" for a new QR code.'));
  }
  await Promise.all([
    refreshBalance().catch((err) => reportError(err, 'Could not refresh the balance')),
    refreshConsole(),
  ]);
}

/** Forgets the payment on screen and stops following it (the payment itself goes on at the channel). */
function clearPayment() {
  if (state.payment) clearTimeout(state.payment.timer);
  state.payment = null;
  el.channelPayment.hidden = true;
  el.qrImage.removeAttribute('src');
}

el.qrImage.addEventListener('error', () => {
  if (state.payment && el.qrImage.getAttribute('src')) {
    el.qrNote.textContent = 'The QR code image could not be loaded: open "Show the code as text" below.';
  }
});

el.qrRetry.addEventListener('click', async () => {
  const p = state.payment;
  if (!p || p.busy) return;
  clearMessage();
  await startChannelPayment(p);
});

el.qrCancel.addEventListener('click', async () => {
  const p = state.payment;
  if (!p || p.busy) return;
  clearTimeout(p.timer);
  p.busy = true;
  el.qrCancel.disabled = true;
  el.qrRetry.disabled = true;
  try {
    await api('POST', `/api/orders/${encodeURIComponent(p.orderId)}/cancel`);
    if (state.payment !== p) return;
    clearPayment();
    showMessage('info', `Order ${p.orderId} was cancelled. A payment that still arrives for it is refunded.`);
  } catch (err) {
    if (state.payment !== p) return;
    p.busy = false;
    showChannelPayment(p, null);
    reportError(err, `Could not cancel order ${p.orderId}`);
    schedulePaymentPoll(p); // e.g. OrderNotCancellable: it is being paid right now
  }
  await refreshConsole();
});

// Follow a payment only while the page is shown; stop for good when it is left.
document.addEventListener('visibilitychange', () => {
  const p = state.payment;
  if (!p) return;
  if (document.hidden) {
    clearTimeout(p.timer);
    p.timer = null;
  } else if (!p.timer && !p.busy && OPEN_PAYMENT.has(p.status)) {
    pollPayment(p);
  }
});
window.addEventListener('pagehide', () => {
  if (state.payment) clearTimeout(state.payment.timer);
});

async function refreshBalance() {
  if (!state.session) return;
  const balance = await api('GET', '/api/balance');
  if (!state.session) return;
  const currency = currencyOf(balance.currency, balance.availableAmount);
  el.balance.textContent = amountText(balance.availableAmount);
  el.balanceCurrency.textContent = currency;
  const parts = [];
  if (balance.availableCashAmount !== undefined) parts.push(`cash ${amountText(balance.availableCashAmount)}`);
  if (balance.creditAmount !== undefined) parts.push(`credit ${amountText(balance.creditAmount)}`);
  el.balanceMeta.textContent = parts.join(' · ');
}

// ---------------------------------------------------------------------------------------------
// Console: instances and orders

async function refreshConsole() {
  if (!state.session) return;
  const seq = ++state.consoleSeq;
  stopPolling();
  const results = await Promise.allSettled([
    api('GET', '/api/instances?pageNum=1&pageSize=50'),
    api('GET', '/api/orders?pageNum=1&pageSize=20'),
    api('GET', '/api/payments?pageNum=1&pageSize=20'),
    api('GET', '/api/refunds?pageNum=1&pageSize=20'),
    api('GET', '/api/balance-payments?pageNum=1&pageSize=20'),
  ]);
  if (seq !== state.consoleSeq || !state.session) return;
  const [instances, orders, payments, refunds, balancePayments] = results;
  if (instances.status === 'fulfilled') {
    const page = instances.value || {};
    state.instances = Array.isArray(page.items) ? page.items : [];
    el.instancesMeta.textContent = countText(state.instances.length, page.totalCount);
    renderInstances();
  } else {
    reportError(instances.reason, 'Could not load your instances');
  }
  if (orders.status === 'fulfilled') {
    const page = orders.value || {};
    const items = Array.isArray(page.items) ? page.items : [];
    el.ordersMeta.textContent = countText(items.length, page.totalCount);
    renderOrders(items);
  } else if (!(instances.status === 'rejected' && toProblem(orders.reason).status === 401)) {
    reportError(orders.reason, 'Could not load your orders');
  }
  const signedOut = instances.status === 'rejected' && toProblem(instances.reason).status === 401;
  if (payments.status === 'fulfilled') {
    const page = payments.value || {};
    const items = Array.isArray(page.items) ? page.items : [];
    el.paymentsMeta.textContent = countText(items.length, page.totalCount);
    renderPayments(items);
  } else if (!signedOut) {
    reportError(payments.reason, 'Could not load your payments');
  }
  if (refunds.status === 'fulfilled') {
    const page = refunds.value || {};
    const items = Array.isArray(page.items) ? page.items : [];
    el.refundsMeta.textContent = countText(items.length, page.totalCount);
    renderRefunds(items);
  } else if (!signedOut) {
    reportError(refunds.reason, 'Could not load your refunds');
  }
  if (balancePayments.status === 'fulfilled') {
    const page = balancePayments.value || {};
    const items = Array.isArray(page.items) ? page.items : [];
    el.balancePaymentsMeta.textContent = countText(items.length, page.totalCount);
    renderBalancePayments(items);
  } else if (!signedOut) {
    reportError(balancePayments.reason, 'Could not load your balance payments');
  }
  if (state.session) schedulePoll();
}

function countText(shown, total) {
  if (total === undefined || total === null) return '';
  return Number(total) > shown ? `showing ${shown} of ${total}` : `${total} in total`;
}

function stopPolling() {
  clearTimeout(state.pollTimer);
  state.pollTimer = null;
}

function schedulePoll() {
  stopPolling();
  for (const [id, since] of state.awaited) {
    const seen = state.instances.find((i) => String(i.instanceId) === id);
    if ((seen && seen.status !== 'Creating') || Date.now() - since > AWAIT_LIMIT_MS) state.awaited.delete(id);
  }
  const creating = state.instances.some((i) => i.status === 'Creating');
  if (creating || state.awaited.size > 0) state.pollTimer = setTimeout(refreshConsole, POLL_INTERVAL_MS);
}

/** Human summary of an instance spec, using the product's attribute and value names when known. */
function specSummary(instance) {
  let spec = instance.spec;
  if (typeof spec === 'string') {
    try { spec = parseJson(spec); } catch { return spec; }
  }
  if (!spec || typeof spec !== 'object') return '—';
  const description = state.loadedDescriptions.get(instance.productCode);
  if (!description && instance.productCode) {
    describeProduct(instance.productCode).then(() => renderInstances(), () => {});
  }
  const attributes = new Map((description && description.attributes || []).map((a) => [a.code, a]));
  const parts = [];
  for (const [code, raw] of Object.entries(spec)) {
    if (code === 'Region') continue;
    const attr = attributes.get(code);
    const value = raw === null || raw === undefined ? '' : String(raw);
    let shown = value;
    if (attr) {
      const type = String(attr.type || '').toUpperCase();
      if (type === 'ENUM') shown = (attr.values || []).find((v) => v.value === value)?.name || value;
      else if (type === 'INT_RANGE' && attr.unit) shown = `${value} ${attr.unit}`;
      else if (type === 'BOOLEAN') shown = value === 'true' ? 'yes' : value === 'false' ? 'no' : value;
    }
    parts.push(`${attr && attr.name ? attr.name : code}: ${shown}`);
  }
  return parts.length ? parts.join(' · ') : '—';
}

function regionName(instance) {
  const description = state.loadedDescriptions.get(instance.productCode);
  const region = description && (description.attributes || []).find((a) => a.code === 'Region');
  const value = region && (region.values || []).find((v) => v.value === instance.region);
  return value && value.name && value.name !== instance.region ? value.name : null;
}

function renderInstances() {
  const rows = state.instances.map((instance) => {
    const id = String(instance.instanceId ?? '');
    const name = regionName(instance);
    return h('tr', { dataset: { instanceId: id, status: instance.status || '' } },
      h('td', {}, h('code', { class: 'id' }, id)),
      h('td', { title: instance.productCode || '' }, productName(instance.productCode)),
      h('td', {}, name ? h('span', { title: instance.region }, name) : (instance.region || '—')),
      h('td', { class: 'status' }, badge(instance.status)),
      h('td', { class: 'spec' }, specSummary(instance)),
      h('td', {}, timeCell(instance.endTime)));
  });
  el.instancesBody.replaceChildren(...rows);
  el.instancesEmpty.hidden = rows.length > 0;
}

function renderOrders(items) {
  const rows = items.map((order) => {
    const id = String(order.orderId ?? '');
    return h('tr', { dataset: { orderId: id, status: order.status || '' } },
      h('td', {}, h('code', { class: 'id' }, id)),
      h('td', {}, order.orderType || '—'),
      h('td', { class: 'status' }, badge(order.status),
        order.paymentStatus && order.paymentStatus !== order.status
          ? h('span', { class: 'muted small sub-status' }, ` payment: ${order.paymentStatus}`) : null),
      h('td', { title: order.productCode || '' }, productName(order.productCode)),
      h('td', { class: 'num amount' }, `${amountText(order.amount)} ${currencyOf(order.currency, order.amount)}`.trim()),
      h('td', {}, timeCell(order.createTime)));
  });
  el.ordersBody.replaceChildren(...rows);
  el.ordersEmpty.hidden = rows.length > 0;
}

function renderPayments(items) {
  const rows = items.map((payment) => {
    const id = String(payment.paymentId ?? '');
    return h('tr', { dataset: { paymentId: id, orderId: String(payment.orderId ?? ''), status: payment.status || '' } },
      h('td', {}, h('code', { class: 'id' }, id)),
      h('td', {}, h('code', { class: 'id' }, String(payment.orderId ?? '—'))),
      h('td', { class: 'channel' }, channelName(payment.channel)),
      h('td', { class: 'scene' }, payment.scene || '—'),
      h('td', { class: 'num amount' }, `${amountText(payment.amount)} ${currencyOf(payment.currency, payment.amount)}`.trim()),
      h('td', { class: 'status', title: payment.failureReason || '' }, badge(payment.status)),
      h('td', {}, timeCell(payment.createdAt)),
      h('td', { class: 'paid' }, timeCell(payment.paidAt)));
  });
  el.paymentsBody.replaceChildren(...rows);
  el.paymentsEmpty.hidden = rows.length > 0;
}

function renderRefunds(items) {
  const rows = items.map((refund) => h('tr', { dataset: { refundId: String(refund.refundId ?? ''), status: refund.status || '' } },
    h('td', {}, h('code', { class: 'id' }, refund.requestNo || '—')),
    h('td', {}, h('code', { class: 'id' }, String(refund.paymentId ?? '—'))),
    h('td', { class: 'channel' }, channelName(refund.channel)),
    h('td', { class: 'num amount' }, `${amountText(refund.amount)} ${currencyOf(refund.currency, refund.amount)}`.trim()),
    h('td', { class: 'status', title: refund.failureReason || '' }, badge(refund.status)),
    h('td', {}, timeCell(refund.createdAt)),
    h('td', {}, timeCell(refund.updatedAt))));
  el.refundsBody.replaceChildren(...rows);
  el.refundsEmpty.hidden = rows.length > 0;
}

function renderBalancePayments(items) {
  const rows = items.map((payment) => h('tr', { dataset: { paymentId: String(payment.paymentId ?? ''), status: payment.status || '' } },
    h('td', {}, h('code', { class: 'id' }, String(payment.paymentId ?? '—'))),
    h('td', {}, h('code', { class: 'id' }, String(payment.orderId ?? '—'))),
    h('td', { class: 'num amount' }, `${amountText(payment.amount)} ${currencyOf(payment.currency, payment.amount)}`.trim()),
    h('td', { class: 'status' }, badge(payment.status)),
    h('td', {}, timeCell(payment.createdAt))));
  el.balancePaymentsBody.replaceChildren(...rows);
  el.balancePaymentsEmpty.hidden = rows.length > 0;
}

el.refreshConsole.addEventListener('click', async () => {
  el.refreshConsole.disabled = true;
  try {
    await Promise.all([
      refreshBalance().catch((err) => reportError(err, 'Could not refresh the balance')),
      refreshConsole(),
    ]);
  } finally {
    el.refreshConsole.disabled = false;
  }
});

window.addEventListener('unhandledrejection', (event) => reportError(event.reason, 'Unexpected error'));
window.addEventListener('error', (event) => reportError(event.error || new Error(event.message), 'Unexpected error'));

boot();
