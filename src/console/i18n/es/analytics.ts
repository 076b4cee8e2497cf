import type { ConsoleMessages } from '../en.js';

// Spanish (tú form): carrier analytics: figures, charts and their tables.

export const analytics = {
  'analytics.title': 'Estadísticas',
  'analytics.filter': 'Periodo y filtros',
  'analytics.from': 'Desde',
  'analytics.to': 'Hasta',
  'analytics.destination': 'País de destino',
  'analytics.created': 'Envíos',
  'analytics.onTimePromise': 'A tiempo según lo prometido',
  'analytics.onTimeEstimate': 'A tiempo según nuestra primera estimación',
  'analytics.transitP50': 'Tiempo de tránsito (mediana)',
  'analytics.firstAttempt': 'Entregados al primer intento',
  'analytics.exceptionRate': 'Tasa de incidencias',
  'analytics.mae': 'Error en la fecha de entrega (media)',
  'analytics.days': '{n} días hábiles',
  'analytics.day': 'Día',
  'analytics.all': 'Todos',
  'analytics.withPromise': 'Con fecha prometida',
  'analytics.withEstimate': 'Con estimación',
  'analytics.onTime': 'A tiempo',
  'analytics.lane': 'Ruta',
  'analytics.delivered': 'Entregados',
  'analytics.attempted': 'Intentados',
  'analytics.firstTime': 'Al primer intento',
  'analytics.reason': 'Motivo',
  'analytics.shipments': 'Envíos',
  'analytics.shareOfTracked': 'Porcentaje de envíos con seguimiento',
  'analytics.meanHours': 'Horas (media)',
  'analytics.windowHeld': 'Dentro del intervalo',
  'analytics.coverage': 'Acierto del intervalo',
  'analytics.calibration':
    'Calibración: probabilidad prevista de cumplir lo prometido frente a lo que ocurrió',
  'analytics.calibrationHelp':
    'Los puntos sobre la diagonal discontinua indican que las probabilidades indicadas se cumplieron tan a menudo como se dijo.',
  'analytics.predicted': 'Probabilidad prevista (%)',
  'analytics.predictedMean': 'Media prevista',
  'analytics.observed': 'Observado (%)',
  'analytics.noCalibration': 'No hay envíos con fecha prometida y primera estimación en este periodo.',
  'analytics.noData': 'No hay datos en este periodo.',
  'analytics.businessDays': 'Días hábiles en tránsito',
  'analytics.onTimePercent': 'A tiempo (%)',
  'analytics.firstAttemptPercent': 'Entregas al primer intento (%)',
  'figure.volume': 'Volumen',
  'figure.volume.definition': 'Envíos registrados por día (fecha local del destino).',
  'figure.on_time': 'Tasa de puntualidad',
  'figure.on_time.definition':
    'El primer intento de entrega en la fecha prometida o antes, y en el último día de nuestra primera estimación o antes; envíos entregados, por día de entrega.',
  'figure.transit': 'Tiempo de tránsito',
  'figure.transit.definition':
    'Días hábiles (de lunes a viernes) desde el primer escaneo del transportista hasta la entrega, por transportista, servicio y ruta (país de origen → país de destino); percentiles por rango más cercano.',
  'figure.first_attempt': 'Tasa de entrega al primer intento',
  'figure.first_attempt.definition':
    'Envíos entregados cuyo primer intento (entrega, intento fallido o listo para recoger) fue la entrega.',
  'figure.exceptions': 'Incidencias por motivo',
  'figure.exceptions.definition':
    'Envíos que alguna vez tuvieron esta incidencia, por día de registro, frente a los envíos que el transportista siguió en esos mismos días.',
  'figure.status_time': 'Tiempo en cada estado',
  'figure.status_time.definition':
    'Horas medias entre cada escaneo y el siguiente, por estado, en los envíos entregados en el periodo.',
  'figure.accuracy': 'Precisión de la fecha de entrega',
  'figure.accuracy.definition':
    'Nuestra primera estimación de cada envío entregado: error absoluto medio en días de su fecha más probable, y con qué frecuencia la entrega cayó dentro de su intervalo. Esta es la precisión que publicamos.',
} satisfies Partial<ConsoleMessages>;
