import type { ConsoleMessages } from '../en.js';

// Brazilian Portuguese: carrier analytics: figures, charts and their tables.

export const analytics = {
  'analytics.title': 'Análises',
  'analytics.filter': 'Período e filtros',
  'analytics.from': 'De',
  'analytics.to': 'Até',
  'analytics.destination': 'País de destino',
  'analytics.created': 'Envios',
  'analytics.onTimePromise': 'No prazo prometido',
  'analytics.onTimeEstimate': 'No prazo da nossa primeira previsão',
  'analytics.transitP50': 'Tempo em trânsito (mediana)',
  'analytics.firstAttempt': 'Entregues na primeira tentativa',
  'analytics.exceptionRate': 'Taxa de ocorrências',
  'analytics.mae': 'Erro da data de entrega (média)',
  'analytics.days': '{n} dias úteis',
  'analytics.day': 'Dia',
  'analytics.all': 'Todos',
  'analytics.withPromise': 'Com prazo prometido',
  'analytics.withEstimate': 'Com previsão',
  'analytics.onTime': 'No prazo',
  'analytics.lane': 'Rota',
  'analytics.delivered': 'Entregues',
  'analytics.attempted': 'Com tentativa',
  'analytics.firstTime': 'Na primeira tentativa',
  'analytics.reason': 'Motivo',
  'analytics.shipments': 'Envios',
  'analytics.shareOfTracked': 'Parcela dos envios rastreados',
  'analytics.meanHours': 'Horas (média)',
  'analytics.windowHeld': 'Dentro da janela',
  'analytics.coverage': 'Acerto da janela',
  'analytics.calibration':
    'Calibração: chance prevista de cumprir o prazo prometido comparada ao que aconteceu',
  'analytics.calibrationHelp':
    'Pontos na diagonal tracejada indicam que as chances informadas se confirmaram com a frequência informada.',
  'analytics.predicted': 'Chance prevista (%)',
  'analytics.predictedMean': 'Média prevista',
  'analytics.observed': 'Observado (%)',
  'analytics.noCalibration': 'Nenhum envio com prazo prometido e primeira previsão neste período.',
  'analytics.noData': 'Sem dados neste período.',
  'analytics.businessDays': 'Dias úteis em trânsito',
  'analytics.onTimePercent': 'No prazo (%)',
  'analytics.firstAttemptPercent': 'Entregas na primeira tentativa (%)',
  'figure.volume': 'Volume',
  'figure.volume.definition': 'Envios cadastrados por dia (data local do destino).',
  'figure.on_time': 'Taxa de pontualidade',
  'figure.on_time.definition':
    'A primeira tentativa de entrega até a data prometida e até o último dia da nossa primeira previsão; envios entregues, por dia de entrega.',
  'figure.transit': 'Tempo em trânsito',
  'figure.transit.definition':
    'Dias úteis (segunda a sexta) do primeiro registro da transportadora até a entrega, por transportadora, serviço e rota (país de origem → país de destino); percentis pelo posto mais próximo.',
  'figure.first_attempt': 'Taxa de entrega na primeira tentativa',
  'figure.first_attempt.definition':
    'Envios entregues cuja primeira tentativa (entregue, tentativa sem sucesso ou pronto para retirada) foi a entrega.',
  'figure.exceptions': 'Ocorrências por motivo',
  'figure.exceptions.definition':
    'Envios que já tiveram esta ocorrência, por dia de cadastro, em relação aos envios que a transportadora rastreou nos mesmos dias.',
  'figure.status_time': 'Tempo em cada status',
  'figure.status_time.definition':
    'Média de horas de cada registro até o seguinte, por status, nos envios entregues no período.',
  'figure.accuracy': 'Precisão da data de entrega',
  'figure.accuracy.definition':
    'Nossa primeira previsão para cada envio entregue: erro absoluto médio em dias da data mais provável, e com que frequência a entrega caiu dentro da janela. Esta é a precisão que publicamos.',
} satisfies Partial<ConsoleMessages>;
