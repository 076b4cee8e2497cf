import type { ConsoleMessages } from '../en.js';

// French: signing in, set-up and invitation links, password resets, the own account.

export const account = {
  'password.hint':
    'Au moins {min} caractères. Les longues phrases de passe sont bienvenues ; le collage est autorisé.',
  'password.too_short': 'Le mot de passe doit contenir au moins {min} caractères.',
  'password.too_long': 'Le mot de passe est trop long.',
  'password.contains_email': 'Le mot de passe ne doit pas contenir votre adresse e-mail.',
  'signIn.title': 'Connexion à Waybill',
  'signIn.button': 'Se connecter',
  'signIn.forgot': 'Mot de passe oublié ?',
  'signIn.firstRun':
    'Personne n’a encore configuré cette console. Ouvrez le lien de configuration à usage unique affiché par le serveur à son premier démarrage, ou lancez npx waybill console-link pour en obtenir un nouveau.',
  'signIn.failed':
    'L’adresse e-mail ou le mot de passe est incorrect, ou le compte est temporairement bloqué après trop de tentatives. Vous pouvez réinitialiser votre mot de passe.',
  'setup.title': 'Créer le compte propriétaire',
  'setup.intro':
    'Ce lien ne fonctionne qu’une fois. Le compte que vous créez ici est propriétaire de la boutique : il peut inviter d’autres personnes et modifier tous les paramètres.',
  'setup.button': 'Créer le compte et se connecter',
  'invite.title': 'Rejoindre la boutique',
  'invite.intro': 'Vous avez été invité en tant que {role}. Choisissez votre nom et un mot de passe.',
  'invite.button': 'Rejoindre et se connecter',
  'forgot.title': 'Réinitialiser votre mot de passe',
  'forgot.intro':
    'Saisissez l’adresse e-mail de votre compte. S’il existe, nous vous enverrons un lien pour choisir un nouveau mot de passe.',
  'forgot.button': 'Envoyer le lien',
  'forgot.sent':
    'Si un compte utilise cette adresse, un lien de réinitialisation du mot de passe est en route.',
  'forgot.emailOff':
    'Ce serveur n’envoie pas d’e-mails. Demandez un lien de réinitialisation à un propriétaire de la boutique (Paramètres → Utilisateurs).',
  'reset.title': 'Choisir un nouveau mot de passe',
  'reset.button': 'Enregistrer le nouveau mot de passe',
  'link.invalidTitle': 'Ce lien ne fonctionne pas',
  'link.invalidText':
    'Il a déjà été utilisé, a expiré ou a été remplacé par un lien plus récent. Demandez-en un nouveau.',
  'account.title': 'Votre compte',
  'account.changePassword': 'Changer le mot de passe',
  'account.wrongCurrent': 'Le mot de passe actuel est incorrect.',
  'account.otherSessions': 'Le modifier vous déconnecte partout ailleurs.',
  'mail.invite.subject': '{inviter} vous a invité à rejoindre {shop} sur Waybill',
  'mail.invite.text':
    '{inviter} vous a invité à travailler sur {shop} dans Waybill, en tant que {role}.\n\nChoisissez votre mot de passe ici (le lien ne fonctionne qu’une fois, pendant {days} jours) :\n{link}\n\nSi vous ne vous attendiez pas à cette invitation, ignorez cet e-mail.',
  'mail.reset.subject': 'Réinitialisez votre mot de passe Waybill',
  'mail.reset.text':
    'Quelqu’un a demandé la réinitialisation du mot de passe de votre compte Waybill pour {shop}.\n\nChoisissez un nouveau mot de passe ici (le lien ne fonctionne qu’une fois, pendant {minutes} minutes) :\n{link}\n\nSi ce n’était pas vous, ignorez cet e-mail : votre mot de passe reste inchangé.',
} satisfies Partial<ConsoleMessages>;
