import { expect } from '@open-wc/testing';
import { codeKind, statusKind } from '../../../src/core/code-kinds.js';

describe('codeKind', () => {
  it('maps every Ormuco key of the seed', () => {
    const keys: Record<string, string> = {
      bad_request: 'validation',
      unauthorized: 'unauthenticated',
      forbidden: 'forbidden',
      credit_card_check: 'request_failed',
      not_found: 'not_found',
      not_allowed: 'unsupported',
      not_acceptable: 'unsupported',
      request_timeout: 'timeout',
      conflict: 'conflict',
      payload_too_large: 'payload_too_large',
      too_many_requests: 'rate_limited',
      token_required: 'unauthenticated',
      server_error: 'server',
      // The same parameters fail the same way: "verify the parameters or contact Ormuco".
      sql_multiple_results_found: 'request_failed',
      missing_defaul_value: 'request_failed',
      bad_gateway: 'unavailable',
      service_unavailable: 'unavailable',
      gateway_timeout: 'timeout',
    };
    for (const [key, kind] of Object.entries(keys)) expect(codeKind(key), key).to.equal(kind);
  });

  it('maps OAuth errors', () => {
    expect(codeKind('invalid_grant')).to.equal('unauthenticated');
    expect(codeKind('invalid_token')).to.equal('unauthenticated');
    expect(codeKind('access_denied')).to.equal('forbidden');
    expect(codeKind('invalid_request')).to.equal('validation');
    expect(codeKind('unsupported_grant_type')).to.equal('unsupported');
    expect(codeKind('temporarily_unavailable')).to.equal('unavailable');
  });

  it('matches camelCase, SCREAMING and kebab spellings', () => {
    expect(codeKind('NotNull')).to.equal('validation');
    expect(codeKind('TooManyRequests')).to.equal('rate_limited');
    expect(codeKind('BAD_USER_INPUT')).to.equal('validation');
    expect(codeKind('not-found')).to.equal('not_found');
  });

  it('knows nothing of unknown codes, and leaves InvalidInput to the status', () => {
    for (const code of ['InvalidInput', 'UNKNOWN', 'E_WHATEVER', '', undefined])
      expect(codeKind(code), String(code)).to.equal(undefined);
  });
});

describe('statusKind', () => {
  it('maps the statuses of the seeds', () => {
    const table: [number, string][] = [
      [400, 'validation'],
      [401, 'unauthenticated'],
      [402, 'request_failed'],
      [403, 'forbidden'],
      [404, 'not_found'],
      [405, 'unsupported'],
      [406, 'unsupported'],
      [408, 'timeout'],
      [409, 'conflict'],
      [413, 'payload_too_large'],
      [422, 'validation'],
      [429, 'rate_limited'],
      [499, 'unauthenticated'],
      [500, 'server'],
      [502, 'unavailable'],
      [503, 'unavailable'],
      [504, 'timeout'],
    ];
    for (const [status, kind] of table) expect(statusKind(status), String(status)).to.equal(kind);
    expect(statusKind(200)).to.equal(undefined);
    expect(statusKind(undefined)).to.equal(undefined);
  });
});
