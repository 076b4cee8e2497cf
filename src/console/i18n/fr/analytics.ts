import type { ConsoleMessages } from '../en.js';

// French: carrier analytics: figures, charts and their tables.

export const analytics = {
  'analytics.title': 'Statistiques',
  'analytics.filter': 'Période et filtres',
  'analytics.from': 'Du',
  'analytics.to': 'Au',
  'analytics.destination': 'Pays de destination',
  'analytics.created': 'Colis',
  'analytics.onTimePromise': 'À l’heure par rapport à la promesse',
  'analytics.onTimeEstimate': 'À l’heure par rapport à notre première estimation',
  'analytics.transitP50': 'Délai d’acheminement (médiane)',
  'analytics.firstAttempt': 'Livrés à la première tentative',
  'analytics.exceptionRate': 'Taux d’incidents',
  'analytics.mae': 'Écart sur la date de livraison (moyenne)',
  'analytics.days': '{n} jours ouvrés',
  'analytics.day': 'Jour',
  'analytics.all': 'Tous',
  'analytics.withPromise': 'Avec promesse',
  'analytics.withEstimate': 'Avec estimation',
  'analytics.onTime': 'À l’heure',
  'analytics.lane': 'Trajet',
  'analytics.delivered': 'Livrés',
  'analytics.attempted': 'Tentés',
  'analytics.firstTime': 'À la première tentative',
  'analytics.reason': 'Motif',
  'analytics.shipments': 'Colis',
  'analytics.shareOfTracked': 'Part des colis suivis',
  'analytics.meanHours': 'Heures (moyenne)',
  'analytics.windowHeld': 'Dans la fenêtre',
  'analytics.coverage': 'Couverture de la fenêtre',
  'analytics.calibration':
    'Calibrage : probabilité prévue de tenir la promesse par rapport à ce qui s’est passé',
  'analytics.calibrationHelp':
    'Des points sur la diagonale en pointillés signifient que les probabilités annoncées se sont réalisées aussi souvent qu’annoncé.',
  'analytics.predicted': 'Probabilité prévue (%)',
  'analytics.predictedMean': 'Prévision moyenne',
  'analytics.observed': 'Observé (%)',
  'analytics.noCalibration': 'Aucun colis avec promesse et première estimation sur cette période.',
  'analytics.noData': 'Aucune donnée sur cette période.',
  'analytics.businessDays': 'Jours ouvrés en transit',
  'analytics.onTimePercent': 'À l’heure (%)',
  'analytics.firstAttemptPercent': 'Livraisons à la première tentative (%)',
  'figure.volume': 'Volume',
  'figure.volume.definition': 'Colis enregistrés par jour (date locale de la destination).',
  'figure.on_time': 'Taux de ponctualité',
  'figure.on_time.definition':
    'La première tentative de livraison au plus tard à la date promise et au plus tard le dernier jour de notre première estimation ; colis livrés, par jour de livraison.',
  'figure.transit': 'Délai d’acheminement',
  'figure.transit.definition':
    'Jours ouvrés (du lundi au vendredi) entre le premier scan du transporteur et la livraison, par transporteur, service et trajet (pays d’origine → pays de destination) ; centiles par rang le plus proche.',
  'figure.first_attempt': 'Taux de livraison à la première tentative',
  'figure.first_attempt.definition':
    'Colis livrés dont la première tentative (livraison, tentative échouée ou disponible au retrait) a été la livraison.',
  'figure.exceptions': 'Incidents par motif',
  'figure.exceptions.definition':
    'Colis ayant eu cet incident au moins une fois, par jour d’enregistrement, rapportés aux colis suivis par le transporteur les mêmes jours.',
  'figure.status_time': 'Temps passé dans chaque statut',
  'figure.status_time.definition':
    'Nombre moyen d’heures entre chaque scan et le suivant, par statut, pour les colis livrés sur la période.',
  'figure.accuracy': 'Précision de la date de livraison',
  'figure.accuracy.definition':
    'Notre première estimation pour chaque colis livré : écart absolu moyen en jours de sa date la plus probable, et fréquence à laquelle la livraison a eu lieu dans sa fenêtre. C’est la précision que nous publions.',
} satisfies Partial<ConsoleMessages>;
