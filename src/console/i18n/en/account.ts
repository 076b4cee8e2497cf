// English: signing in, set-up and invitation links, password resets, the own account.

export const account = {
  'password.hint': 'At least {min} characters. Long passphrases are welcome; paste is fine.',
  'password.too_short': 'The password needs at least {min} characters.',
  'password.too_long': 'The password is too long.',
  'password.contains_email': 'The password must not contain your email address.',
  'signIn.title': 'Sign in to Waybill',
  'signIn.button': 'Sign in',
  'signIn.forgot': 'Forgot your password?',
  'signIn.firstRun':
    'Nobody has set up this console yet. Open the one-time set-up link the server printed when it first started, or run npx waybill console-link for a new one.',
  'signIn.failed':
    'The email address or password is wrong, or the account is locked for a while after too many attempts. You can reset your password.',
  'setup.title': 'Create the owner account',
  'setup.intro':
    'This link works once. The account you create here owns the shop: it can invite others and change every setting.',
  'setup.button': 'Create account and sign in',
  'invite.title': 'Join the shop',
  'invite.intro': 'You were invited as {role}. Choose your name and a password.',
  'invite.button': 'Join and sign in',
  'forgot.title': 'Reset your password',
  'forgot.intro':
    'Enter the email address of your account. If it exists, we send a link to choose a new password.',
  'forgot.button': 'Send the link',
  'forgot.sent': 'If an account uses this address, a link to reset its password is on its way.',
  'forgot.emailOff':
    'This server sends no email. Ask an owner of the shop for a reset link (Settings → Users).',
  'reset.title': 'Choose a new password',
  'reset.button': 'Save the new password',
  'link.invalidTitle': 'This link does not work',
  'link.invalidText': 'It was used already, has expired, or was replaced by a newer one. Ask for a new link.',
  'account.title': 'Your account',
  'account.changePassword': 'Change password',
  'account.wrongCurrent': 'The current password is not right.',
  'account.otherSessions': 'Changing it signs you out everywhere else.',
  'mail.invite.subject': '{inviter} invited you to {shop} on Waybill',
  'mail.invite.text':
    '{inviter} invited you to work on {shop} in Waybill, as {role}.\n\nChoose your password here (the link works once, for {days} days):\n{link}\n\nIf you did not expect this, ignore this email.',
  'mail.reset.subject': 'Reset your Waybill password',
  'mail.reset.text':
    'Someone asked to reset the password of your Waybill account for {shop}.\n\nChoose a new password here (the link works once, for {minutes} minutes):\n{link}\n\nIf it was not you, ignore this email: your password stays as it is.',
} as const;
