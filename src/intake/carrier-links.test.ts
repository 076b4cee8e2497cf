import { describe, expect, it } from 'vitest';
import { numbersInLink } from './carrier-links.js';

const numbers = (href: string) => numbersInLink(href).map((n) => `${n.carrier}:${n.trackingNumber}`);

describe('tracking numbers in carrier links', () => {
  it('reads each carrier’s parameters, whatever their case', () => {
    expect(
      numbers('https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=1Z999AA10123456784'),
    ).toEqual(['ups:1Z999AA10123456784']);
    expect(numbers('https://www.ups.com/track?loc=en_US&TRACKNUM=1z999aa10123456784')).toEqual([
      'ups:1Z999AA10123456784',
    ]);
    expect(numbers('https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223855732126')).toEqual([
      'usps:9400111899223855732126',
    ]);
    expect(
      numbers('https://tools.usps.com/go/TrackConfirmAction_input?qtc_tLabels1=9400111899223855732126'),
    ).toEqual(['usps:9400111899223855732126']);
    expect(numbers('https://www.fedex.com/fedextrack/?trknbr=794461726509')).toEqual(['fedex:794461726509']);
    expect(numbers('https://www.fedex.com/apps/fedextrack/?action=track&tracknumbers=794461726509')).toEqual([
      'fedex:794461726509',
    ]);
    expect(
      numbers('https://www.dhl.com/de-en/home/tracking/tracking-express.html?tracking-id=1234567890'),
    ).toEqual(['dhl:1234567890']);
    expect(numbers('https://www.dhl.com/en/express/tracking.html?AWB=1234567890&brand=DHL')).toEqual([
      'dhl:1234567890',
    ]);
  });

  it('takes comma-separated lists, grouped numbers and path segments after /track…/', () => {
    expect(numbers('https://www.fedex.com/fedextrack/?trknbr=794461726509,123456789012')).toEqual([
      'fedex:794461726509',
      'fedex:123456789012',
    ]);
    expect(numbers('https://www.ups.com/track?tracknum=1Z%20999%20AA1%2001%202345%206784')).toEqual([
      'ups:1Z999AA10123456784',
    ]);
    expect(numbers('https://tools.usps.com/tracking/9400111899223855732126')).toEqual([
      'usps:9400111899223855732126',
    ]);
  });

  it('looks through click-tracking redirects without fetching them', () => {
    const target = 'https://www.ups.com/track?tracknum=1Z999AA10123456784';
    expect(numbers(`https://click.mail.example/r?u=${encodeURIComponent(target)}&id=7`)).toEqual([
      'ups:1Z999AA10123456784',
    ]);
    expect(
      numbers(`https://click.mail.example/r?u=${encodeURIComponent(encodeURIComponent(target))}`),
    ).toEqual(['ups:1Z999AA10123456784']);
    expect(numbers(`https://links.mail.example/CL0/${target.replaceAll('/', '%2F')}/1/0100`)).toEqual([
      'ups:1Z999AA10123456784',
    ]);
  });

  it('ignores other hosts, hosts that only look like a carrier’s, and values that are no number', () => {
    expect(numbers('https://shop.example/orders?tracknum=1Z999AA10123456784')).toEqual([]);
    expect(numbers('https://ups.com.evil.example/track?tracknum=1Z999AA10123456784')).toEqual([]);
    expect(numbers('https://notups.com/track?tracknum=1Z999AA10123456784')).toEqual([]);
    expect(numbers('https://www.ups.com/track?tracknum=')).toEqual([]);
    expect(numbers('https://www.ups.com/track?tracknum=YOURNUMBER')).toEqual([]);
    expect(numbers('mailto:ship@ups.com?tracknum=1Z999AA10123456784')).toEqual([]);
    expect(numbers('not a url')).toEqual([]);
  });

  it('bounds the work a crafted link can cause', () => {
    const nested = `https://a.example/?u=${'https%3A%2F%2Fa.example%2F%3Fu%3D'.repeat(200)}`;
    expect(numbers(nested)).toEqual([]);
    const many = `https://www.fedex.com/fedextrack/?trknbr=${Array.from({ length: 100 }, (_, i) => String(794461726509 + i)).join(',')}`;
    expect(numbersInLink(many).length).toBeLessThanOrEqual(10);
  });
});
