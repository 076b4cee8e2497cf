import type { ConsoleMessages } from '../en.js';

// German (Sie-form): carrier analytics: figures, charts and their tables.

export const analytics = {
  'analytics.title': 'Auswertungen',
  'analytics.filter': 'Zeitraum und Filter',
  'analytics.from': 'Von',
  'analytics.to': 'Bis',
  'analytics.destination': 'Zielland',
  'analytics.created': 'Sendungen',
  'analytics.onTimePromise': 'Pünktlich laut Zusage',
  'analytics.onTimeEstimate': 'Pünktlich laut unserer ersten Prognose',
  'analytics.transitP50': 'Laufzeit (Median)',
  'analytics.firstAttempt': 'Beim ersten Versuch zugestellt',
  'analytics.exceptionRate': 'Ausnahmequote',
  'analytics.mae': 'Abweichung vom Zustelldatum (Mittel)',
  'analytics.days': '{n} Werktage',
  'analytics.day': 'Tag',
  'analytics.all': 'Alle',
  'analytics.withPromise': 'Mit Zusage',
  'analytics.withEstimate': 'Mit Prognose',
  'analytics.onTime': 'Pünktlich',
  'analytics.lane': 'Route',
  'analytics.delivered': 'Zugestellt',
  'analytics.attempted': 'Versucht',
  'analytics.firstTime': 'Beim ersten Versuch',
  'analytics.reason': 'Grund',
  'analytics.shipments': 'Sendungen',
  'analytics.shareOfTracked': 'Anteil der verfolgten Sendungen',
  'analytics.meanHours': 'Stunden (Mittel)',
  'analytics.windowHeld': 'Im Zeitfenster',
  'analytics.coverage': 'Trefferquote Zeitfenster',
  'analytics.calibration':
    'Kalibrierung: vorhergesagte Chance, die Zusage einzuhalten, im Vergleich zum tatsächlichen Ergebnis',
  'analytics.calibrationHelp':
    'Punkte auf der gestrichelten Diagonale bedeuten, dass die angegebenen Chancen so oft eintrafen wie angegeben.',
  'analytics.predicted': 'Vorhergesagte Chance (%)',
  'analytics.predictedMean': 'Vorhersage (Mittel)',
  'analytics.observed': 'Beobachtet (%)',
  'analytics.noCalibration': 'Keine Sendungen mit Zusage und erster Prognose in diesem Zeitraum.',
  'analytics.noData': 'Keine Daten in diesem Zeitraum.',
  'analytics.businessDays': 'Werktage unterwegs',
  'analytics.onTimePercent': 'Pünktlich (%)',
  'analytics.firstAttemptPercent': 'Zustellungen beim ersten Versuch (%)',
  'figure.volume': 'Volumen',
  'figure.volume.definition': 'Pro Tag registrierte Sendungen (lokales Datum am Zielort).',
  'figure.on_time': 'Pünktlichkeitsquote',
  'figure.on_time.definition':
    'Der erste Zustellversuch am oder vor dem zugesagten Datum und am oder vor dem letzten Tag unserer ersten Prognose; zugestellte Sendungen, nach Zustelltag.',
  'figure.transit': 'Laufzeit',
  'figure.transit.definition':
    'Werktage (Montag bis Freitag) vom ersten Scan des Versanddienstleisters bis zur Zustellung, je Versanddienstleister, Versandart und Route (Herkunftsland → Zielland); Perzentile nach der Nearest-Rank-Methode.',
  'figure.first_attempt': 'Zustellquote beim ersten Versuch',
  'figure.first_attempt.definition':
    'Zugestellte Sendungen, bei denen der erste Versuch (zugestellt, fehlgeschlagener Versuch oder abholbereit) die Zustellung war.',
  'figure.exceptions': 'Ausnahmen nach Grund',
  'figure.exceptions.definition':
    'Sendungen, die diese Ausnahme jemals hatten, nach Registrierungstag, im Verhältnis zu den Sendungen, die der Versanddienstleister an denselben Tagen verfolgt hat.',
  'figure.status_time': 'Zeit in jedem Status',
  'figure.status_time.definition':
    'Mittlere Stunden von jedem Scan bis zum nächsten, je Status, über die im Zeitraum zugestellten Sendungen.',
  'figure.accuracy': 'Genauigkeit des Zustelldatums',
  'figure.accuracy.definition':
    'Unsere erste Prognose für jede zugestellte Sendung: mittlere absolute Abweichung ihres wahrscheinlichsten Datums in Tagen und wie oft die Zustellung in ihr Zeitfenster fiel. Diese Genauigkeit veröffentlichen wir.',
} satisfies Partial<ConsoleMessages>;
