import type { ConsoleMessages } from '../en.js';

// German (Sie-form): signing in, set-up and invitation links, password resets, the own account.

export const account = {
  'password.hint': 'Mindestens {min} Zeichen. Lange Passphrasen sind willkommen; Einfügen ist erlaubt.',
  'password.too_short': 'Das Passwort braucht mindestens {min} Zeichen.',
  'password.too_long': 'Das Passwort ist zu lang.',
  'password.contains_email': 'Das Passwort darf Ihre E-Mail-Adresse nicht enthalten.',
  'signIn.title': 'Bei Waybill anmelden',
  'signIn.button': 'Anmelden',
  'signIn.forgot': 'Passwort vergessen?',
  'signIn.firstRun':
    'Diese Konsole ist noch nicht eingerichtet. Öffnen Sie den einmaligen Einrichtungslink, den der Server beim ersten Start ausgegeben hat, oder holen Sie mit npx waybill console-link einen neuen.',
  'signIn.failed':
    'E-Mail-Adresse oder Passwort ist falsch, oder das Konto ist nach zu vielen Versuchen vorübergehend gesperrt. Sie können Ihr Passwort zurücksetzen.',
  'setup.title': 'Inhaberkonto erstellen',
  'setup.intro':
    'Dieser Link funktioniert einmal. Das Konto, das Sie hier erstellen, ist Inhaber des Shops: Es kann andere einladen und alle Einstellungen ändern.',
  'setup.button': 'Konto erstellen und anmelden',
  'invite.title': 'Dem Shop beitreten',
  'invite.intro': 'Sie wurden als {role} eingeladen. Wählen Sie Ihren Namen und ein Passwort.',
  'invite.button': 'Beitreten und anmelden',
  'forgot.title': 'Passwort zurücksetzen',
  'forgot.intro':
    'Geben Sie die E-Mail-Adresse Ihres Kontos ein. Falls es existiert, senden wir Ihnen einen Link, um ein neues Passwort zu wählen.',
  'forgot.button': 'Link senden',
  'forgot.sent':
    'Falls ein Konto diese Adresse verwendet, ist ein Link zum Zurücksetzen des Passworts unterwegs.',
  'forgot.emailOff':
    'Dieser Server versendet keine E-Mails. Bitten Sie einen Inhaber des Shops um einen Link zum Zurücksetzen (Einstellungen → Benutzer).',
  'reset.title': 'Neues Passwort wählen',
  'reset.button': 'Neues Passwort speichern',
  'link.invalidTitle': 'Dieser Link funktioniert nicht',
  'link.invalidText':
    'Er wurde bereits verwendet, ist abgelaufen oder wurde durch einen neueren ersetzt. Fordern Sie einen neuen Link an.',
  'account.title': 'Ihr Konto',
  'account.changePassword': 'Passwort ändern',
  'account.wrongCurrent': 'Das aktuelle Passwort ist nicht korrekt.',
  'account.otherSessions': 'Eine Änderung meldet Sie überall sonst ab.',
  'mail.invite.subject': '{inviter} hat Sie zu {shop} bei Waybill eingeladen',
  'mail.invite.text':
    '{inviter} hat Sie eingeladen, als {role} an {shop} in Waybill mitzuarbeiten.\n\nWählen Sie hier Ihr Passwort (der Link funktioniert einmal, {days} Tage lang):\n{link}\n\nFalls Sie das nicht erwartet haben, ignorieren Sie diese E-Mail.',
  'mail.reset.subject': 'Ihr Waybill-Passwort zurücksetzen',
  'mail.reset.text':
    'Jemand hat angefordert, das Passwort Ihres Waybill-Kontos für {shop} zurückzusetzen.\n\nWählen Sie hier ein neues Passwort (der Link funktioniert einmal, {minutes} Minuten lang):\n{link}\n\nFalls Sie das nicht waren, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.',
} satisfies Partial<ConsoleMessages>;
