import type { ConsoleTranslate } from '../i18n/messages.js';
import { passwordProblem } from './password.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks a new account's or a new password's fields; field → message, empty when fine. */
export function accountProblems(
  t: ConsoleTranslate,
  fields: { name?: string; email: string; password: string; confirm: string; shop?: string },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (fields.shop !== undefined && (fields.shop.length === 0 || fields.shop.length > 100))
    errors['shop'] = t('form.shopRequired');
  if (fields.name !== undefined && (fields.name.length === 0 || fields.name.length > 100))
    errors['name'] = t('form.nameRequired');
  if (!EMAIL.test(fields.email) || fields.email.length > 254) errors['email'] = t('form.emailInvalid');
  const problem = passwordProblem(fields.password, fields.email);
  if (problem) errors['password'] = t(`password.${problem}`, { min: 10 });
  else if (fields.password !== fields.confirm) errors['confirm'] = t('form.passwordsDiffer');
  return errors;
}

export function isEmail(value: string): boolean {
  return EMAIL.test(value) && value.length <= 254;
}
