import type { StoreCapabilities } from '../../store/dialects/capabilities.js';
import type { Executor } from '../../store/executor.js';
import { appendToOutbox } from '../../store/repositories/outbox.js';
import { audit, type Actor } from '../audit.js';
import { createToken } from './tokens.js';
import type { User } from './users.js';

/**
 * A password reset for `user`, in the caller's transaction: the token, its audit entry, and —
 * when `mail` is given — the outbox message that emails the link (its secret is made then).
 * Returns the token's id; without mail the caller mints the link and shows it once.
 */
export async function createPasswordReset(
  trx: Executor,
  input: {
    user: Pick<User, 'id' | 'tenantId' | 'email' | 'locale'>;
    validMinutes: number;
    actor: Actor;
    action: 'password_reset.requested' | 'password_reset.sent';
    /** `requestId`: the console request that asked, named by the mail's outbox message. */
    mail?: { caps: StoreCapabilities; locale: string; requestId?: string | undefined } | undefined;
  },
  now: Date,
): Promise<string> {
  const { user } = input;
  const id = await createToken(
    trx,
    {
      purpose: 'reset',
      tenantId: user.tenantId,
      userId: user.id,
      email: user.email,
      createdBy: input.actor.userId,
      expiresAt: new Date(now.getTime() + input.validMinutes * 60_000),
    },
    now,
  );
  if (input.mail)
    await appendToOutbox(
      trx,
      input.mail.caps,
      [
        {
          tenantId: user.tenantId,
          shipmentId: null,
          type: 'console.password_reset',
          payload: { tokenId: id, locale: user.locale ?? input.mail.locale },
          requestId: input.mail.requestId,
        },
      ],
      now,
    );
  await audit(
    trx,
    {
      tenantId: user.tenantId,
      actor: input.actor,
      action: input.action,
      targetType: 'user',
      targetId: user.id,
    },
    now,
  );
  return id;
}
