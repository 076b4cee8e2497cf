/**
 * Config that turns email and SMS on (nothing is sent to these: the tests that use it only need
 * the tracking page to offer both forms, which it does only for channels that are configured).
 */
export const CHANNELS_ON = {
  'notify.smtp.url': 'smtp://127.0.0.1:9',
  'notify.twilio.accountSid': 'ACtest',
  'notify.twilio.authToken': 'test-token',
  'notify.twilio.from': '+15005550006',
};
