import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUri } from '../protocol';
import { favouriteCommand, planCall, PASSWORD_MASK, type SignInFields } from './call-plan';
import { interpretInput, type Reading } from './interpret';

const NO_SIGN_IN: SignInFields = { server: '', login: '', password: '', force: true };

function reading(text: string, index = 0): Reading {
  const interpretation = interpretInput(text, { knownServers: [] });
  if (interpretation.status !== 'ready') throw new Error(`no reading for ${text}`);
  const chosen = interpretation.readings[index];
  if (!chosen) throw new Error(`no reading ${index} for ${text}`);
  return chosen;
}

function readyPlan(...args: Parameters<typeof planCall>) {
  const plan = planCall(...args);
  if (plan.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(plan)}`);
  return plan;
}

describe('planCall', () => {
  it('is empty with no address and no sign-in', () => {
    expect(planCall(null, { autoclose: true, signIn: NO_SIGN_IN })).toEqual({ status: 'empty' });
  });

  it('launches the reading as it is, described in words', () => {
    const plan = readyPlan(reading('\\c\\4154248070@video.example.com'), {
      autoclose: false,
      signIn: NO_SIGN_IN,
    });
    expect(plan.uri).toBe('trueconf:\\c\\4154248070@video.example.com%23vcs');
    expect(plan.displayUri).toBe(plan.uri);
    expect(plan.description).toEqual({
      key: 'describe_joinConferenceOnServer',
      substitutions: ['4154248070', 'video.example.com'],
    });
    expect(plan.signsIn).toBe(false);
    expect(plan.hasPassword).toBe(false);
  });

  it('refuses a typed target that hides parameters (%26, %3D), saying why', () => {
    for (const text of ['#sip:alice&password=x', 'trueconf:x%26h%3Devil.example%26force%3D1']) {
      expect(planCall(reading(text), { autoclose: false, signIn: NO_SIGN_IN })).toEqual({
        status: 'invalid',
        error: { key: 'error_hidden_parameter', substitutions: [] },
      });
    }
  });

  it('uses the chosen kind: the moderator’s conference', () => {
    const plan = readyPlan(reading('smith', 1), { autoclose: false, signIn: NO_SIGN_IN });
    expect(plan.uri).toBe('trueconf:smith&conftype=hotquery');
  });

  it('appends autoclose=1 when asked to close TrueConf after the call', () => {
    expect(readyPlan(reading('smith'), { autoclose: true, signIn: NO_SIGN_IN }).uri).toBe(
      'trueconf:smith&autoclose=1',
    );
    expect(readyPlan(reading('smith', 1), { autoclose: true, signIn: NO_SIGN_IN }).uri).toBe(
      'trueconf:smith&conftype=hotquery&autoclose=1',
    );
  });

  it('puts the target first, then h, login, password, encrypt and force', () => {
    const plan = readyPlan(reading('\\c\\737734033583@video.example.com'), {
      autoclose: false,
      signIn: { server: 'truevideo.example.com', login: 'user', password: 'pswd', force: true },
    });
    expect(plan.uri).toBe(
      'trueconf:\\c\\737734033583@video.example.com%23vcs&h=truevideo.example.com&login=user&password=pswd&encrypt=1&force=1',
    );
    expect(plan.signsIn).toBe(true);
    expect(plan.hasPassword).toBe(true);
    expect(plan.displayUri).toBe(
      `trueconf:\\c\\737734033583@video.example.com%23vcs&h=truevideo.example.com&login=user&password=${PASSWORD_MASK}&encrypt=1&force=1`,
    );
    expect(plan.uriWithoutPassword).toBe(
      'trueconf:\\c\\737734033583@video.example.com%23vcs&h=truevideo.example.com&login=user&encrypt=1&force=1',
    );
  });

  it('signs in alone when the field is empty, and leaves force out when unticked', () => {
    const plan = readyPlan(null, {
      autoclose: false,
      signIn: { server: '', login: 'user', password: 'pswd', force: false },
    });
    expect(plan.uri).toBe('trueconf:login=user&password=pswd&encrypt=1');
  });

  it('ignores a prefilled server until a login or password is typed', () => {
    const plan = readyPlan(reading('smith'), {
      autoclose: false,
      signIn: { server: 'video.example.com', login: '', password: '', force: true },
    });
    expect(plan.uri).toBe('trueconf:smith');
  });

  it('asks for a login when only a password is typed', () => {
    expect(
      planCall(reading('smith'), {
        autoclose: false,
        signIn: { server: '', login: '', password: 'secret', force: true },
      }),
    ).toEqual({
      status: 'invalid',
      error: { key: 'popup_error_sign_in_login', substitutions: [] },
    });
  });

  it('refuses a sign-in server or login that is not one', () => {
    const badServer = planCall(null, {
      autoclose: false,
      signIn: { server: 'bad server', login: 'user', password: '', force: true },
    });
    expect(badServer).toMatchObject({ status: 'invalid', error: { key: 'error_invalid_server' } });
    const badLogin = planCall(null, {
      autoclose: false,
      signIn: { server: '', login: 'us&er', password: '', force: true },
    });
    expect(badLogin).toMatchObject({ status: 'invalid', error: { key: 'error_invalid_login' } });
  });

  it('never lets a password add a parameter; it round-trips and is only ever shown masked', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (password) => {
        const plan = planCall(reading('smith'), {
          autoclose: false,
          signIn: { server: '', login: 'user', password, force: true },
        });
        // A lone surrogate cannot be encoded; the protocol refuses it rather than mangling it.
        if (/[\uD800-\uDFFF]/.test(password) && plan.status === 'invalid') return;
        if (plan.status !== 'ready') throw new Error(JSON.stringify(plan));
        const parsed = parseUri(plan.uri);
        if (!parsed.ok) throw new Error(plan.uri);
        expect(parsed.command).toEqual({
          target: { type: 'user', login: 'smith', server: null },
          signIn: { server: null, login: 'user', password, encrypt: true, force: true },
          autoclose: false,
          unknownParameters: [],
        });
        const shownParameters = plan.displayUri.split('&');
        expect(shownParameters.filter((part) => part.startsWith('password='))).toEqual([
          `password=${PASSWORD_MASK}`,
        ]);
        expect(plan.uriWithoutPassword).toBe('trueconf:smith&login=user&encrypt=1&force=1');
      }),
    );
  });
});

describe('favouriteCommand', () => {
  it('keeps the call and drops any sign-in', () => {
    const plan = readyPlan(reading('smith'), {
      autoclose: true,
      signIn: { server: 'video.example.com', login: 'user', password: 'pswd', force: true },
    });
    expect(favouriteCommand(plan.command)).toEqual({
      target: { type: 'user', login: 'smith', server: null },
      signIn: null,
      autoclose: true,
      unknownParameters: [],
    });
  });

  it('is null for a sign-in without a call', () => {
    const plan = readyPlan(null, {
      autoclose: false,
      signIn: { server: '', login: 'user', password: 'pswd', force: true },
    });
    expect(favouriteCommand(plan.command)).toBeNull();
  });
});
