import type { ConsoleMessages } from '../en.js';

// Brazilian Portuguese: signing in, set-up and invitation links, password resets, the own account.

export const account = {
  'password.hint': 'No mínimo {min} caracteres. Frases-senha longas são bem-vindas; pode colar.',
  'password.too_short': 'A senha precisa ter no mínimo {min} caracteres.',
  'password.too_long': 'A senha é longa demais.',
  'password.contains_email': 'A senha não pode conter seu e-mail.',
  'signIn.title': 'Entrar no Waybill',
  'signIn.button': 'Entrar',
  'signIn.forgot': 'Esqueceu sua senha?',
  'signIn.firstRun':
    'Ninguém configurou este console ainda. Abra o link de configuração de uso único que o servidor mostrou na primeira inicialização, ou execute npx waybill console-link para obter um novo.',
  'signIn.failed':
    'O e-mail ou a senha estão incorretos, ou a conta está bloqueada por um tempo após tentativas demais. Você pode redefinir sua senha.',
  'setup.title': 'Crie a conta de proprietário',
  'setup.intro':
    'Este link funciona uma única vez. A conta que você criar aqui será a proprietária da loja: ela pode convidar outras pessoas e alterar todas as configurações.',
  'setup.button': 'Criar conta e entrar',
  'invite.title': 'Entre na loja',
  'invite.intro': 'Você foi convidado como {role}. Escolha seu nome e uma senha.',
  'invite.button': 'Aceitar e entrar',
  'forgot.title': 'Redefina sua senha',
  'forgot.intro':
    'Informe o e-mail da sua conta. Se ela existir, enviaremos um link para você escolher uma nova senha.',
  'forgot.button': 'Enviar link',
  'forgot.sent': 'Se alguma conta usar este endereço, um link para redefinir a senha está a caminho.',
  'forgot.emailOff':
    'Este servidor não envia e-mails. Peça um link de redefinição a um proprietário da loja (Configurações → Usuários).',
  'reset.title': 'Escolha uma nova senha',
  'reset.button': 'Salvar a nova senha',
  'link.invalidTitle': 'Este link não funciona',
  'link.invalidText': 'Ele já foi usado, expirou ou foi substituído por um mais recente. Peça um novo link.',
  'account.title': 'Sua conta',
  'account.changePassword': 'Alterar senha',
  'account.wrongCurrent': 'A senha atual não está correta.',
  'account.otherSessions': 'Ao alterá-la, você sai de todos os outros lugares.',
  'mail.invite.subject': '{inviter} convidou você para {shop} no Waybill',
  'mail.invite.text':
    '{inviter} convidou você para trabalhar em {shop} no Waybill, como {role}.\n\nEscolha sua senha aqui (o link funciona uma única vez, por {days} dias):\n{link}\n\nSe você não esperava por isso, ignore este e-mail.',
  'mail.reset.subject': 'Redefina sua senha do Waybill',
  'mail.reset.text':
    'Alguém pediu para redefinir a senha da sua conta do Waybill para {shop}.\n\nEscolha uma nova senha aqui (o link funciona uma única vez, por {minutes} minutos):\n{link}\n\nSe não foi você, ignore este e-mail: sua senha continua a mesma.',
} satisfies Partial<ConsoleMessages>;
