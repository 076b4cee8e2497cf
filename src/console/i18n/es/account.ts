import type { ConsoleMessages } from '../en.js';

// Spanish (tú form): signing in, set-up and invitation links, password resets, the own account.

export const account = {
  'password.hint':
    'Al menos {min} caracteres. Las frases de contraseña largas son bienvenidas; puedes pegarla.',
  'password.too_short': 'La contraseña necesita al menos {min} caracteres.',
  'password.too_long': 'La contraseña es demasiado larga.',
  'password.contains_email': 'La contraseña no puede contener tu correo electrónico.',
  'signIn.title': 'Inicia sesión en Waybill',
  'signIn.button': 'Iniciar sesión',
  'signIn.forgot': '¿Has olvidado tu contraseña?',
  'signIn.firstRun':
    'Nadie ha configurado esta consola todavía. Abre el enlace de configuración de un solo uso que mostró el servidor al arrancar por primera vez, o ejecuta npx waybill console-link para obtener uno nuevo.',
  'signIn.failed':
    'El correo electrónico o la contraseña no son correctos, o la cuenta está bloqueada un tiempo tras demasiados intentos. Puedes restablecer tu contraseña.',
  'setup.title': 'Crea la cuenta de propietario',
  'setup.intro':
    'Este enlace funciona una sola vez. La cuenta que crees aquí será la propietaria de la tienda: puede invitar a otras personas y cambiar todos los ajustes.',
  'setup.button': 'Crear cuenta e iniciar sesión',
  'invite.title': 'Únete a la tienda',
  'invite.intro': 'Te han invitado como {role}. Elige tu nombre y una contraseña.',
  'invite.button': 'Unirse e iniciar sesión',
  'forgot.title': 'Restablece tu contraseña',
  'forgot.intro':
    'Introduce el correo electrónico de tu cuenta. Si existe, te enviaremos un enlace para elegir una nueva contraseña.',
  'forgot.button': 'Enviar enlace',
  'forgot.sent':
    'Si alguna cuenta usa esta dirección, ya va de camino un enlace para restablecer su contraseña.',
  'forgot.emailOff':
    'Este servidor no envía correos. Pide un enlace de restablecimiento a un propietario de la tienda (Ajustes → Usuarios).',
  'reset.title': 'Elige una nueva contraseña',
  'reset.button': 'Guardar la nueva contraseña',
  'link.invalidTitle': 'Este enlace no funciona',
  'link.invalidText':
    'Ya se ha usado, ha caducado o se ha sustituido por uno más reciente. Pide un enlace nuevo.',
  'account.title': 'Tu cuenta',
  'account.changePassword': 'Cambiar contraseña',
  'account.wrongCurrent': 'La contraseña actual no es correcta.',
  'account.otherSessions': 'Al cambiarla, se cerrará tu sesión en todos los demás sitios.',
  'mail.invite.subject': '{inviter} te ha invitado a {shop} en Waybill',
  'mail.invite.text':
    '{inviter} te ha invitado a trabajar en {shop} en Waybill, como {role}.\n\nElige tu contraseña aquí (el enlace funciona una vez, durante {days} días):\n{link}\n\nSi no esperabas esto, ignora este correo.',
  'mail.reset.subject': 'Restablece tu contraseña de Waybill',
  'mail.reset.text':
    'Alguien ha pedido restablecer la contraseña de tu cuenta de Waybill para {shop}.\n\nElige una nueva contraseña aquí (el enlace funciona una vez, durante {minutes} minutos):\n{link}\n\nSi no has sido tú, ignora este correo: tu contraseña no cambiará.',
} satisfies Partial<ConsoleMessages>;
