// Generated from the OpenAPI document by `npm run client:generate`. Do not edit by hand.
export interface paths {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and database reachability */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the database answers and its schema has every migration this code needs */
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prometheus metrics
     * @description Needs "Authorization: Bearer <METRICS_TOKEN>" when that is configured.
     */
    get: operations['getMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/push/vapid-public-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The server’s VAPID public key, for pushManager.subscribe({applicationServerKey}) */
    get: operations['getVapidPublicKey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/carriers/{carrier}/webhook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a carrier or aggregator webhook (EasyPost, AfterShip, Shippo)
     * @description Authenticated by the provider’s signature over the raw body (no API key). 401 when the signature is missing or wrong or no secret is configured; 400 when the body is not the provider’s format; 200 with counts once the scans are committed. Scans go to every tenant tracking the number with this carrier.
     */
    post: operations['receiveCarrierWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/epcis/capture': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Capture GS1 EPCIS 2.0 events
     * @description Body: an EPCISDocument (or a list of events, or one event) as application/json or application/ld+json. ObjectEvents become scans; other event types are reported as unsupported. 201 with the finished capture job once committed; 400 (nothing captured) when the body is not EPCIS, or, with the default GS1-Capture-Error-Behaviour `rollback`, when any event is invalid.
     */
    post: operations['captureEpcisEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/shipments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List shipments, newest first */
    get: operations['listShipments'];
    put?: never;
    /**
     * Register a shipment to track
     * @description Registering a number the tenant already tracks returns the existing shipment (200). Without `trackingNumber`, Waybill issues one for the merchant’s own delivery. Without `carrier`, the carrier is detected from the number; when several fit, the answer is 409 with the candidates.
     */
    post: operations['createShipment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/shipments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A shipment and its timeline of scans */
    get: operations['getShipment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List orders, newest first */
    get: operations['listOrders'];
    put?: never;
    /**
     * Register an order and its parcels
     * @description Creates the order, or updates it when its `orderNumber` is known (parcels are added, never removed). Each parcel is registered as a shipment (or found, when the number is tracked already) and linked to the order; its carrier is detected from the number when `carrier` is absent. The customer gets shipping updates by email (unless `notify.email` is false) and by SMS only with `notify.sms: true`. A bad parcel refuses the whole order.
     */
    post: operations['createOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An order with its parcels */
    get: operations['getOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ingest scans for your own deliveries or a custom carrier
     * @description Each scan is validated on its own: bad ones come back in `rejected` with the field and reason, the rest are stored. The answer is sent only after the batch is committed. A batch in which every scan is bad gets 400 (`validation_failed`, naming each) and changes nothing.
     */
    post: operations['ingestEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/notification-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which topics notify customers on which channels */
    get: operations['getNotificationRules'];
    /**
     * Override the channels of some topics, and the daily cap
     * @description Topics left out keep their current setting. `channels: []` turns a topic off.
     */
    put: operations['updateNotificationRules'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/branding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How emails, texts and the tracking page present the shop */
    get: operations['getBranding'];
    /**
     * Set the shop’s name, logo, colours and support contact
     * @description Fields left out keep their value; null clears one.
     */
    put: operations['updateBranding'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/shipments/{id}/recipients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is notified about this shipment */
    get: operations['listRecipients'];
    put?: never;
    /**
     * Notify someone about this shipment by email or SMS
     * @description Adding the same address again returns the same recipient (200). A phone number without a + prefix is read in the destination country.
     */
    post: operations['createRecipient'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/shipments/{id}/recipients/{recipientId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Stop notifying a recipient about this shipment */
    delete: operations['deleteRecipient'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/shipments/{id}/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every attempt to notify about this shipment
     * @description Sent, retried, deferred (quiet hours), skipped (unsubscribed, STOP, channel off) and failed attempts, oldest first.
     */
    get: operations['listShipmentNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/notification-previews/{event}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A message rendered from the rule’s sample event, with your branding
     * @description `format=html` returns the email’s HTML itself, to open in a browser.
     */
    get: operations['previewNotification'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/detect': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Which carriers a tracking number fits, best first
     * @description Works offline from the number alone: format and check digit. `ambiguous` when several carriers fit.
     */
    get: operations['detectCarrier'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/imports/edi': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import an ANSI X12 214 shipment status file
     * @description Body: the X12 text (application/edi-x12 or text/plain). Separators are read from the ISA. A broken transaction set is reported in `problems` with its segment position and the others are stored; a body with nothing usable is a 400 and changes nothing. Unknown numbers are registered for your tenant. Answered after the commit.
     */
    post: operations['importEdi214'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/imports/events.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import scans from a CSV file
     * @description Header row required: tracking_number, occurred_at and status (or raw_code); see docs/imports.md for all columns. Each bad line is reported with its number and the rest are stored; a file with no usable line is a 400 and changes nothing.
     */
    post: operations['importEventsCsv'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/imports/shipments.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register shipments from a CSV file
     * @description One shipment per row; tracking_number required, carrier detected from the number when empty; see docs/imports.md. Rows are registered one by one: each row is reported by its line as created, existing or rejected. A file without a tracking_number column, or in which every row is rejected, is a 400 and changes nothing.
     */
    post: operations['importShipmentsCsv'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/intake/email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hand in a forwarded shipping email
     * @description Body: the raw mail (RFC 822, `message/rfc822`), addressed (To, Cc, Delivered-To or X-Original-To) to this tenant's intake address. Its tracking numbers (from carrier links, then from the text) are registered as the parcels of one order: the "#1001" the mail names, or a `mail-…` number of its own. A mail with no number, or only uncertain ones, and a second copy of a mail are answered 200 with their `outcome` and change nothing; a mail addressed elsewhere, or not a mail, is refused. Every mail is recorded (`GET /v1/intake/mails`).
     */
    post: operations['receiveIntakeEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/intake/address': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * This tenant's intake address
     * @description Forward shipping emails here (by SMTP, when the listener is on) or post them to `POST /v1/intake/email`. Made on first use and kept.
     */
    get: operations['getIntakeAddress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/intake/mails': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The forwarded mails the intake looked at, newest first
     * @description Each with what was found and registered, or why nothing was.
     */
    get: operations['listIntakeMails'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/carriers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Configured carriers and their health
     * @description Each configured carrier with its capabilities, last successful and failed request, error rate, rate-limit state and circuit-breaker state, as the poller last reported them.
     */
    get: operations['listCarriers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/carriers/unmapped': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Carrier codes missing from the status maps
     * @description Scans with a code the adapter does not know keep the raw code and get a safe status; each code is counted here (once per distinct scan) per carrier, most frequent first, with a sample description.
     */
    get: operations['listUnmappedCarrierCodes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your webhook endpoints (without secrets) */
    get: operations['listWebhookEndpoints'];
    put?: never;
    /**
     * Add a webhook endpoint
     * @description Events matching `events` are POSTed to `url`, signed per Standard Webhooks with the returned `secret`. Private, loopback and link-local destinations are refused unless the operator allowed them.
     */
    post: operations['createWebhookEndpoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-endpoints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One endpoint, with its secret, status and delivery counts */
    get: operations['getWebhookEndpoint'];
    put?: never;
    post?: never;
    /** Remove an endpoint with its deliveries and their log */
    delete: operations['deleteWebhookEndpoint'];
    options?: never;
    head?: never;
    /** Change an endpoint; `enabled: true` turns a disabled one back on */
    patch: operations['updateWebhookEndpoint'];
    trace?: never;
  };
  '/v1/webhook-endpoints/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Deliveries to one endpoint, newest first, each with its attempt log */
    get: operations['listWebhookEndpointDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Webhook deliveries of one shipment, with every attempt */
    get: operations['listWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages that failed for the whole retry window, newest first */
    get: operations['listWebhookDeadLetters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-dead-letters/{id}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send one dead letter again (same webhook-id, fresh retry window) */
    post: operations['replayWebhookDeadLetter'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-dead-letters/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send every dead letter again (of enabled endpoints; optionally of one endpoint) */
    post: operations['replayWebhookDeadLetters'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/eta-accuracy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How accurate delivery estimates were
     * @description For shipments delivered in the period (their local delivery day): the mean absolute error of the first estimate, the share delivered inside its window, by carrier and by lane, and how well the stated chance of meeting the promise matched what happened. The console shows the same figures.
     */
    get: operations['getEtaAccuracy'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
            database: string;
          };
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'unavailable';
            database: string;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ready';
            database: string;
          };
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'unavailable';
            database: string;
            reason: string;
            pendingMigrations?: string[];
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getMetrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Prometheus text exposition format. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getVapidPublicKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            publicKey: string;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  receiveCarrierWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        carrier: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': unknown;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Scans stored for the first time (a scan for two tenants counts twice). */
            accepted: number;
            /** @description Scans already stored (by an earlier webhook or a poll); nothing changed. */
            duplicates: number;
            /** @description Scans the pipeline refused. */
            rejected: number;
            /** @description Tracking numbers no tenant tracks with this carrier; not stored. */
            untracked: string[];
            /** @description What the payload said that is not a scan, and each refused scan. */
            problems: {
              kind: string;
              message: string;
              trackingNumber?: string;
              at?: string;
            }[];
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  captureEpcisEvents: {
    parameters: {
      query?: never;
      header?: {
        'gs1-capture-error-behaviour'?: 'rollback' | 'proceed' | 'all';
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': unknown;
        'application/ld+json': unknown;
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            captureID: string;
            /** @description Always false: the capture is finished when the answer is sent. */
            running: boolean;
            success: boolean;
            captureErrorBehaviour: string;
            /** @description One sentence per event that was not captured. */
            errors: string[];
            /** @description Scans stored for the first time. */
            accepted: number;
            /** @description Scans already stored (same dedupe key): nothing changed. */
            duplicates: number;
            /** @description Scans the pipeline refused; each is among the problems. */
            rejected: number;
            /** @description Parts of the file that gave no scan (a broken transaction, a bad line) and every refused scan. */
            problems: {
              /** @description invalid_payload, unsupported, … */
              kind: string;
              message: string;
              trackingNumber?: string;
              /** @description Where: `segment 12` (X12), `line 7` (CSV), a JSON pointer (EPCIS). */
              at?: string;
            }[];
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listShipments: {
    parameters: {
      query?: {
        tracking_number?: string;
        /** @description Top-level status; see docs/status-model.md. */
        status?:
          | 'pending'
          | 'info_received'
          | 'in_transit'
          | 'out_for_delivery'
          | 'available_for_pickup'
          | 'attempt_failed'
          | 'delivered'
          | 'exception'
          | 'return_to_sender'
          | 'expired'
          | 'cancelled';
        /** @description `nextCursor` of the previous page. */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              trackingNumber: string;
              carrier: string;
              service: string | null;
              orderRef: string | null;
              origin: {
                postalCode?: string;
                city?: string;
                region?: string;
                /** @description ISO 3166-1 alpha-2. */
                country?: string;
              } | null;
              destination: {
                postalCode?: string;
                city?: string;
                region?: string;
                /** @description ISO 3166-1 alpha-2. */
                country?: string;
              } | null;
              promisedDate: string | null;
              orderedAt: string | null;
              /**
               * @description Top-level status; see docs/status-model.md.
               * @enum {string}
               */
              status:
                | 'pending'
                | 'info_received'
                | 'in_transit'
                | 'out_for_delivery'
                | 'available_for_pickup'
                | 'attempt_failed'
                | 'delivered'
                | 'exception'
                | 'return_to_sender'
                | 'expired'
                | 'cancelled';
              /**
               * @description Substatus code; see docs/status-model.md.
               * @enum {string}
               */
              substatus:
                | 'pending.registered'
                | 'pending.not_found'
                | 'info_received.label_created'
                | 'info_received.awaiting_pickup'
                | 'in_transit.picked_up'
                | 'in_transit.origin_facility'
                | 'in_transit.linehaul'
                | 'in_transit.destination_facility'
                | 'in_transit.customs'
                | 'in_transit.delayed'
                | 'in_transit.rerouted'
                | 'in_transit.other'
                | 'out_for_delivery.on_vehicle'
                | 'out_for_delivery.rescheduled'
                | 'available_for_pickup.pickup_point'
                | 'available_for_pickup.locker'
                | 'available_for_pickup.post_office'
                | 'attempt_failed.recipient_absent'
                | 'attempt_failed.no_access'
                | 'attempt_failed.business_closed'
                | 'attempt_failed.other'
                | 'delivered.standard'
                | 'delivered.signed'
                | 'delivered.neighbour'
                | 'delivered.safe_place'
                | 'delivered.mailbox'
                | 'delivered.collected'
                | 'exception.address_issue'
                | 'exception.refused'
                | 'exception.payment_due'
                | 'exception.customs_hold'
                | 'exception.missing_documents'
                | 'exception.damaged'
                | 'exception.lost'
                | 'exception.carrier_delay'
                | 'exception.weather'
                | 'exception.other'
                | 'return_to_sender.initiated'
                | 'return_to_sender.in_transit'
                | 'return_to_sender.delivered'
                | 'expired.not_found'
                | 'expired.no_updates'
                | 'cancelled.by_retailer'
                | 'cancelled.by_carrier';
              exceptionReason: ('carrier' | 'consignee' | 'retailer' | 'customs' | 'force_majeure') | null;
              lastLocation: {
                postalCode?: string;
                city?: string;
                region?: string;
                /** @description ISO 3166-1 alpha-2. */
                country?: string;
              } | null;
              lastEventAt: string | null;
              deliveredAt: string | null;
              firstScanAt: string | null;
              deliveryAttempts: number;
              stalled: boolean;
              estimate: {
                /** @description A calendar date, YYYY-MM-DD. */
                mostLikely: string;
                /** @description A calendar date, YYYY-MM-DD. */
                earliest: string;
                /** @description A calendar date, YYYY-MM-DD. */
                latest: string;
                confidence: number;
                probabilityByPromise?: number;
                basis: string;
                predictedAt: string;
              } | null;
              estimateChange: string | null;
              /** @description promise_at_risk, carrier_estimate_slipped, stalled. */
              delayReasons: string[];
              createdAt: string;
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  createShipment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422. */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description As printed; spaces and dashes are ignored. Omitted, Waybill issues one of its own (carrier `waybill`). */
          trackingNumber?: string;
          /** @description Carrier id; omitted, it is detected. */
          carrier?: string;
          service?: string;
          /** @description The merchant's order reference. */
          orderRef?: string;
          origin?: {
            postalCode?: string;
            city?: string;
            region?: string;
            /** @description ISO 3166-1 alpha-2. */
            country?: string;
          };
          destination?: {
            postalCode?: string;
            city?: string;
            region?: string;
            /** @description ISO 3166-1 alpha-2. */
            country?: string;
          };
          /** @description A calendar date, YYYY-MM-DD. */
          promisedDate?: string;
          /** @description When the customer ordered: an ISO 8601 date and time with its offset. Estimates made before hand-over count from it. */
          orderedAt?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            trackingNumber: string;
            carrier: string;
            service: string | null;
            orderRef: string | null;
            origin: {
              postalCode?: string;
              city?: string;
              region?: string;
              /** @description ISO 3166-1 alpha-2. */
              country?: string;
            } | null;
            destination: {
              postalCode?: string;
              city?: string;
              region?: string;
              /** @description ISO 3166-1 alpha-2. */
              country?: string;
            } | null;
            promisedDate: string | null;
            orderedAt: string | null;
            /**
             * @description Top-level status; see docs/status-model.md.
             * @enum {string}
             */
            status:
              | 'pending'
              | 'info_received'
              | 'in_transit'
              | 'out_for_delivery'
              | 'available_for_pickup'
              | 'attempt_failed'
              | 'delivered'
              | 'exception'
              | 'return_to_sender'
              | 'expired'
              | 'cancelled';
            /**
             * @description Substatus code; see docs/status-model.md.
             * @enum {string}
             */
            substatus:
              | 'pending.registered'
              | 'pending.not_found'
              | 'info_received.label_created'
              | 'info_received.awaiting_pickup'
              | 'in_transit.picked_up'
              | 'in_transit.origin_facility'
              | 'in_transit.linehaul'
              | 'in_transit.destination_facility'
              | 'in_transit.customs'
              | 'in_transit.delayed'
              | 'in_transit.rerouted'
              | 'in_transit.other'
              | 'out_for_delivery.on_vehicle'
              | 'out_for_delivery.rescheduled'
              | 'available_for_pickup.pickup_point'
              | 'available_for_pickup.locker'
              | 'available_for_pickup.post_office'
              | 'attempt_failed.recipient_absent'
              | 'attempt_failed.no_access'
              | 'attempt_failed.business_closed'
              | 'attempt_failed.other'
              | 'delivered.standard'
              | 'delivered.signed'
              | 'delivered.neighbour'
              | 'delivered.safe_place'
              | 'delivered.mailbox'
              | 'delivered.collected'
              | 'exception.address_issue'
              | 'exception.refused'
              | 'exception.payment_due'
              | 'exception.customs_hold'
              | 'exception.missing_documents'
              | 'exception.damaged'
              | 'exception.lost'
              | 'exception.carrier_delay'
              | 'exception.weather'
              | 'exception.other'
              | 'return_to_sender.initiated'
              | 'return_to_sender.in_transit'
              | 'return_to_sender.delivered'
              | 'expired.not_found'
              | 'expired.no_updates'
              | 'cancelled.by_retailer'
              | 'cancelled.by_carrier';
            exceptionReason: ('carrier' | 'consignee' | 'retailer' | 'customs' | 'force_majeure') | null;
            lastLocation: {
              postalCode?: string;
              city?: string;
              region?: string;
              /** @description ISO 3166-1 alpha-2. */
              country?: string;
            } | null;
            lastEventAt: string | null;
            deliveredAt: string | null;
            firstScanAt: string | null;
            deliveryAttempts: number;
            stalled: boolean;
            estimate: {
              /** @description A calendar date, YYYY-MM-DD. */
              mostLikely: string;
              /** @description A calendar date, YYYY-MM-DD. */
              earliest: string;
              /** @description A calendar date, YYYY-MM-DD. */
              latest: string;
              confidence: number;
              probabilityByPromise?: number;
              basis: string;
              predictedAt: string;
            } | null;
            estimateChange: string | null;
            /** @description promise_at_risk, carrier_estimate_slipped, stalled. */
            delayReasons: string[];
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            trackingNumber: string;
            carrier: string;
            service: string | null;
            orderRef: string | null;
            origin: {
              postalCode?: string;
              city?: string;
              region?: string;
              /** @description ISO 3166-1 alpha-2. */
              country?: string;
            } | null;
            destination: {
              postalCode?: string;
              city?: string;
              region?: string;
              /** @description ISO 3166-1 alpha-2. */
              country?: string;
            } | null;
            promisedDate: string | null;
            orderedAt: string | null;
            /**
             * @description Top-level status; see docs/status-model.md.
             * @enum {string}
             */
            status:
              | 'pending'
              | 'info_received'
              | 'in_transit'
              | 'out_for_delivery'
              | 'available_for_pickup'
              | 'attempt_failed'
              | 'delivered'
              | 'exception'
              | 'return_to_sender'
              | 'expired'
              | 'cancelled';
            /**
             * @description Substatus code; see docs/status-model.md.
             * @enum {string}
             */
            substatus:
              | 'pending.registered'
              | 'pending.not_found'
              | 'info_received.label_created'
              | 'info_received.awaiting_pickup'
              | 'in_transit.picked_up'
              | 'in_transit.origin_facility'
              | 'in_transit.linehaul'
              | 'in_transit.destination_facility'
              | 'in_transit.customs'
              | 'in_transit.delayed'
              | 'in_transit.rerouted'
              | 'in_transit.other'
              | 'out_for_delivery.on_vehicle'
              | 'out_for_delivery.rescheduled'
              | 'available_for_pickup.pickup_point'
              | 'available_for_pickup.locker'
              | 'available_for_pickup.post_office'
              | 'attempt_failed.recipient_absent'
              | 'attempt_failed.no_access'
              | 'attempt_failed.business_closed'
              | 'attempt_failed.other'
              | 'delivered.standard'
              | 'delivered.signed'
              | 'delivered.neighbour'
              | 'delivered.safe_place'
              | 'delivered.mailbox'
              | 'delivered.collected'
              | 'exception.address_issue'
              | 'exception.refused'
              | 'exception.payment_due'
              | 'exception.customs_hold'
              | 'exception.missing_documents'
              | 'exception.damaged'
              | 'exception.lost'
              | 'exception.carrier_delay'
              | 'exception.weather'
              | 'exception.other'
              | 'return_to_sender.initiated'
              | 'return_to_sender.in_transit'
              | 'return_to_sender.delivered'
              | 'expired.not_found'
              | 'expired.no_updates'
              | 'cancelled.by_retailer'
              | 'cancelled.by_carrier';
            exceptionReason: ('carrier' | 'consignee' | 'retailer' | 'customs' | 'force_majeure') | null;
            lastLocation: {
              postalCode?: string;
              city?: string;
              region?: string;
              /** @description ISO 3166-1 alpha-2. */
              country?: string;
            } | null;
            lastEventAt: string | null;
            deliveredAt: string | null;
            firstScanAt: string | null;
            deliveryAttempts: number;
            stalled: boolean;
            estimate: {
              /** @description A calendar date, YYYY-MM-DD. */
              mostLikely: string;
              /** @description A calendar date, YYYY-MM-DD. */
              earliest: string;
              /** @description A calendar date, YYYY-MM-DD. */
              latest: string;
              confidence: number;
              probabilityByPromise?: number;
              basis: string;
              predictedAt: string;
            } | null;
            estimateChange: string | null;
            /** @description promise_at_risk, carrier_estimate_slipped, stalled. */
            delayReasons: string[];
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getShipment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            trackingNumber: string;
            carrier: string;
            service: string | null;
            orderRef: string | null;
            origin: {
              postalCode?: string;
              city?: string;
              region?: string;
              /** @description ISO 3166-1 alpha-2. */
              country?: string;
            } | null;
            destination: {
              postalCode?: string;
              city?: string;
              region?: string;
              /** @description ISO 3166-1 alpha-2. */
              country?: string;
            } | null;
            promisedDate: string | null;
            orderedAt: string | null;
            /**
             * @description Top-level status; see docs/status-model.md.
             * @enum {string}
             */
            status:
              | 'pending'
              | 'info_received'
              | 'in_transit'
              | 'out_for_delivery'
              | 'available_for_pickup'
              | 'attempt_failed'
              | 'delivered'
              | 'exception'
              | 'return_to_sender'
              | 'expired'
              | 'cancelled';
            /**
             * @description Substatus code; see docs/status-model.md.
             * @enum {string}
             */
            substatus:
              | 'pending.registered'
              | 'pending.not_found'
              | 'info_received.label_created'
              | 'info_received.awaiting_pickup'
              | 'in_transit.picked_up'
              | 'in_transit.origin_facility'
              | 'in_transit.linehaul'
              | 'in_transit.destination_facility'
              | 'in_transit.customs'
              | 'in_transit.delayed'
              | 'in_transit.rerouted'
              | 'in_transit.other'
              | 'out_for_delivery.on_vehicle'
              | 'out_for_delivery.rescheduled'
              | 'available_for_pickup.pickup_point'
              | 'available_for_pickup.locker'
              | 'available_for_pickup.post_office'
              | 'attempt_failed.recipient_absent'
              | 'attempt_failed.no_access'
              | 'attempt_failed.business_closed'
              | 'attempt_failed.other'
              | 'delivered.standard'
              | 'delivered.signed'
              | 'delivered.neighbour'
              | 'delivered.safe_place'
              | 'delivered.mailbox'
              | 'delivered.collected'
              | 'exception.address_issue'
              | 'exception.refused'
              | 'exception.payment_due'
              | 'exception.customs_hold'
              | 'exception.missing_documents'
              | 'exception.damaged'
              | 'exception.lost'
              | 'exception.carrier_delay'
              | 'exception.weather'
              | 'exception.other'
              | 'return_to_sender.initiated'
              | 'return_to_sender.in_transit'
              | 'return_to_sender.delivered'
              | 'expired.not_found'
              | 'expired.no_updates'
              | 'cancelled.by_retailer'
              | 'cancelled.by_carrier';
            exceptionReason: ('carrier' | 'consignee' | 'retailer' | 'customs' | 'force_majeure') | null;
            lastLocation: {
              postalCode?: string;
              city?: string;
              region?: string;
              /** @description ISO 3166-1 alpha-2. */
              country?: string;
            } | null;
            lastEventAt: string | null;
            deliveredAt: string | null;
            firstScanAt: string | null;
            deliveryAttempts: number;
            stalled: boolean;
            estimate: {
              /** @description A calendar date, YYYY-MM-DD. */
              mostLikely: string;
              /** @description A calendar date, YYYY-MM-DD. */
              earliest: string;
              /** @description A calendar date, YYYY-MM-DD. */
              latest: string;
              confidence: number;
              probabilityByPromise?: number;
              basis: string;
              predictedAt: string;
            } | null;
            estimateChange: string | null;
            /** @description promise_at_risk, carrier_estimate_slipped, stalled. */
            delayReasons: string[];
            createdAt: string;
            updatedAt: string;
          } & {
            timeline: {
              /** @description UTC instant. */
              occurredAt: string;
              /** @description The scan’s original UTC offset or IANA zone. */
              zone: string;
              /** @description The scan’s time as it was on the clock where it happened. */
              localTime: string;
              /**
               * @description Top-level status; see docs/status-model.md.
               * @enum {string}
               */
              status:
                | 'pending'
                | 'info_received'
                | 'in_transit'
                | 'out_for_delivery'
                | 'available_for_pickup'
                | 'attempt_failed'
                | 'delivered'
                | 'exception'
                | 'return_to_sender'
                | 'expired'
                | 'cancelled';
              /**
               * @description Substatus code; see docs/status-model.md.
               * @enum {string}
               */
              substatus:
                | 'pending.registered'
                | 'pending.not_found'
                | 'info_received.label_created'
                | 'info_received.awaiting_pickup'
                | 'in_transit.picked_up'
                | 'in_transit.origin_facility'
                | 'in_transit.linehaul'
                | 'in_transit.destination_facility'
                | 'in_transit.customs'
                | 'in_transit.delayed'
                | 'in_transit.rerouted'
                | 'in_transit.other'
                | 'out_for_delivery.on_vehicle'
                | 'out_for_delivery.rescheduled'
                | 'available_for_pickup.pickup_point'
                | 'available_for_pickup.locker'
                | 'available_for_pickup.post_office'
                | 'attempt_failed.recipient_absent'
                | 'attempt_failed.no_access'
                | 'attempt_failed.business_closed'
                | 'attempt_failed.other'
                | 'delivered.standard'
                | 'delivered.signed'
                | 'delivered.neighbour'
                | 'delivered.safe_place'
                | 'delivered.mailbox'
                | 'delivered.collected'
                | 'exception.address_issue'
                | 'exception.refused'
                | 'exception.payment_due'
                | 'exception.customs_hold'
                | 'exception.missing_documents'
                | 'exception.damaged'
                | 'exception.lost'
                | 'exception.carrier_delay'
                | 'exception.weather'
                | 'exception.other'
                | 'return_to_sender.initiated'
                | 'return_to_sender.in_transit'
                | 'return_to_sender.delivered'
                | 'expired.not_found'
                | 'expired.no_updates'
                | 'cancelled.by_retailer'
                | 'cancelled.by_carrier';
              rawCode: string;
              rawDescription: string;
              location: {
                postalCode?: string;
                city?: string;
                region?: string;
                /** @description ISO 3166-1 alpha-2. */
                country?: string;
              } | null;
              source: {
                adapter: string;
                mode: string;
              };
              dedupeKey: string;
              corrects?: string;
              /** @description A later correction replaced this scan; kept for audit. */
              voided: boolean;
            }[];
            /** @description The customer tracking page of this shipment (an unguessable link). */
            trackingPageUrl?: string;
          };
        };
      };
      /** @description Unchanged since the ETag sent in `If-None-Match`. */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listOrders: {
    parameters: {
      query?: {
        order_number?: string;
        /** @description `nextCursor` of the previous page. */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              orderNumber: string;
              customer: {
                email: string | null;
                phone: string | null;
                name: string | null;
                locale: string | null;
              };
              orderedAt: string | null;
              promisedDate: string | null;
              /** @description api, csv, shopify, woocommerce or email. */
              source: string;
              /** @description The page that shows every parcel of the order. */
              trackingPageUrl: string;
              parcels: {
                id: string;
                trackingNumber: string;
                carrier: string;
                /**
                 * @description Top-level status; see docs/status-model.md.
                 * @enum {string}
                 */
                status:
                  | 'pending'
                  | 'info_received'
                  | 'in_transit'
                  | 'out_for_delivery'
                  | 'available_for_pickup'
                  | 'attempt_failed'
                  | 'delivered'
                  | 'exception'
                  | 'return_to_sender'
                  | 'expired'
                  | 'cancelled';
                /**
                 * @description Substatus code; see docs/status-model.md.
                 * @enum {string}
                 */
                substatus:
                  | 'pending.registered'
                  | 'pending.not_found'
                  | 'info_received.label_created'
                  | 'info_received.awaiting_pickup'
                  | 'in_transit.picked_up'
                  | 'in_transit.origin_facility'
                  | 'in_transit.linehaul'
                  | 'in_transit.destination_facility'
                  | 'in_transit.customs'
                  | 'in_transit.delayed'
                  | 'in_transit.rerouted'
                  | 'in_transit.other'
                  | 'out_for_delivery.on_vehicle'
                  | 'out_for_delivery.rescheduled'
                  | 'available_for_pickup.pickup_point'
                  | 'available_for_pickup.locker'
                  | 'available_for_pickup.post_office'
                  | 'attempt_failed.recipient_absent'
                  | 'attempt_failed.no_access'
                  | 'attempt_failed.business_closed'
                  | 'attempt_failed.other'
                  | 'delivered.standard'
                  | 'delivered.signed'
                  | 'delivered.neighbour'
                  | 'delivered.safe_place'
                  | 'delivered.mailbox'
                  | 'delivered.collected'
                  | 'exception.address_issue'
                  | 'exception.refused'
                  | 'exception.payment_due'
                  | 'exception.customs_hold'
                  | 'exception.missing_documents'
                  | 'exception.damaged'
                  | 'exception.lost'
                  | 'exception.carrier_delay'
                  | 'exception.weather'
                  | 'exception.other'
                  | 'return_to_sender.initiated'
                  | 'return_to_sender.in_transit'
                  | 'return_to_sender.delivered'
                  | 'expired.not_found'
                  | 'expired.no_updates'
                  | 'cancelled.by_retailer'
                  | 'cancelled.by_carrier';
                lastEventAt: string | null;
                deliveredAt: string | null;
                estimate: {
                  earliest: string;
                  latest: string;
                  mostLikely: string;
                } | null;
              }[];
              createdAt: string;
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  createOrder: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422. */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The merchant's order number as the customer knows it; posting it again updates the order. */
          orderNumber: string;
          customer?: {
            email?: string;
            /** @description Any format; stored as E.164 (read in the destination country without a +). */
            phone?: string;
            name?: string;
            /** @description BCP 47: the language of messages and the order page. */
            locale?: string;
          };
          /** @description ISO 8601 instant with an offset. */
          orderedAt?: string;
          /** @description A calendar date, YYYY-MM-DD. */
          promisedDate?: string;
          destination?: {
            postalCode?: string;
            city?: string;
            region?: string;
            /** @description ISO 3166-1 alpha-2. */
            country?: string;
          };
          notify?: {
            /** @description Send shipping updates to the email (default true). */
            email?: boolean;
            /** @description Text updates to the phone: only with the customer’s consent (default false). */
            sms?: boolean;
          };
          /** @description The parcels the order was split into; more can be added by posting again. */
          parcels: {
            trackingNumber: string;
            /** @description Detected from the number when absent. */
            carrier?: string;
            service?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            orderNumber: string;
            customer: {
              email: string | null;
              phone: string | null;
              name: string | null;
              locale: string | null;
            };
            orderedAt: string | null;
            promisedDate: string | null;
            /** @description api, csv, shopify, woocommerce or email. */
            source: string;
            /** @description The page that shows every parcel of the order. */
            trackingPageUrl: string;
            parcels: {
              id: string;
              trackingNumber: string;
              carrier: string;
              /**
               * @description Top-level status; see docs/status-model.md.
               * @enum {string}
               */
              status:
                | 'pending'
                | 'info_received'
                | 'in_transit'
                | 'out_for_delivery'
                | 'available_for_pickup'
                | 'attempt_failed'
                | 'delivered'
                | 'exception'
                | 'return_to_sender'
                | 'expired'
                | 'cancelled';
              /**
               * @description Substatus code; see docs/status-model.md.
               * @enum {string}
               */
              substatus:
                | 'pending.registered'
                | 'pending.not_found'
                | 'info_received.label_created'
                | 'info_received.awaiting_pickup'
                | 'in_transit.picked_up'
                | 'in_transit.origin_facility'
                | 'in_transit.linehaul'
                | 'in_transit.destination_facility'
                | 'in_transit.customs'
                | 'in_transit.delayed'
                | 'in_transit.rerouted'
                | 'in_transit.other'
                | 'out_for_delivery.on_vehicle'
                | 'out_for_delivery.rescheduled'
                | 'available_for_pickup.pickup_point'
                | 'available_for_pickup.locker'
                | 'available_for_pickup.post_office'
                | 'attempt_failed.recipient_absent'
                | 'attempt_failed.no_access'
                | 'attempt_failed.business_closed'
                | 'attempt_failed.other'
                | 'delivered.standard'
                | 'delivered.signed'
                | 'delivered.neighbour'
                | 'delivered.safe_place'
                | 'delivered.mailbox'
                | 'delivered.collected'
                | 'exception.address_issue'
                | 'exception.refused'
                | 'exception.payment_due'
                | 'exception.customs_hold'
                | 'exception.missing_documents'
                | 'exception.damaged'
                | 'exception.lost'
                | 'exception.carrier_delay'
                | 'exception.weather'
                | 'exception.other'
                | 'return_to_sender.initiated'
                | 'return_to_sender.in_transit'
                | 'return_to_sender.delivered'
                | 'expired.not_found'
                | 'expired.no_updates'
                | 'cancelled.by_retailer'
                | 'cancelled.by_carrier';
              lastEventAt: string | null;
              deliveredAt: string | null;
              estimate: {
                earliest: string;
                latest: string;
                mostLikely: string;
              } | null;
            }[];
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            orderNumber: string;
            customer: {
              email: string | null;
              phone: string | null;
              name: string | null;
              locale: string | null;
            };
            orderedAt: string | null;
            promisedDate: string | null;
            /** @description api, csv, shopify, woocommerce or email. */
            source: string;
            /** @description The page that shows every parcel of the order. */
            trackingPageUrl: string;
            parcels: {
              id: string;
              trackingNumber: string;
              carrier: string;
              /**
               * @description Top-level status; see docs/status-model.md.
               * @enum {string}
               */
              status:
                | 'pending'
                | 'info_received'
                | 'in_transit'
                | 'out_for_delivery'
                | 'available_for_pickup'
                | 'attempt_failed'
                | 'delivered'
                | 'exception'
                | 'return_to_sender'
                | 'expired'
                | 'cancelled';
              /**
               * @description Substatus code; see docs/status-model.md.
               * @enum {string}
               */
              substatus:
                | 'pending.registered'
                | 'pending.not_found'
                | 'info_received.label_created'
                | 'info_received.awaiting_pickup'
                | 'in_transit.picked_up'
                | 'in_transit.origin_facility'
                | 'in_transit.linehaul'
                | 'in_transit.destination_facility'
                | 'in_transit.customs'
                | 'in_transit.delayed'
                | 'in_transit.rerouted'
                | 'in_transit.other'
                | 'out_for_delivery.on_vehicle'
                | 'out_for_delivery.rescheduled'
                | 'available_for_pickup.pickup_point'
                | 'available_for_pickup.locker'
                | 'available_for_pickup.post_office'
                | 'attempt_failed.recipient_absent'
                | 'attempt_failed.no_access'
                | 'attempt_failed.business_closed'
                | 'attempt_failed.other'
                | 'delivered.standard'
                | 'delivered.signed'
                | 'delivered.neighbour'
                | 'delivered.safe_place'
                | 'delivered.mailbox'
                | 'delivered.collected'
                | 'exception.address_issue'
                | 'exception.refused'
                | 'exception.payment_due'
                | 'exception.customs_hold'
                | 'exception.missing_documents'
                | 'exception.damaged'
                | 'exception.lost'
                | 'exception.carrier_delay'
                | 'exception.weather'
                | 'exception.other'
                | 'return_to_sender.initiated'
                | 'return_to_sender.in_transit'
                | 'return_to_sender.delivered'
                | 'expired.not_found'
                | 'expired.no_updates'
                | 'cancelled.by_retailer'
                | 'cancelled.by_carrier';
              lastEventAt: string | null;
              deliveredAt: string | null;
              estimate: {
                earliest: string;
                latest: string;
                mostLikely: string;
              } | null;
            }[];
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            orderNumber: string;
            customer: {
              email: string | null;
              phone: string | null;
              name: string | null;
              locale: string | null;
            };
            orderedAt: string | null;
            promisedDate: string | null;
            /** @description api, csv, shopify, woocommerce or email. */
            source: string;
            /** @description The page that shows every parcel of the order. */
            trackingPageUrl: string;
            parcels: {
              id: string;
              trackingNumber: string;
              carrier: string;
              /**
               * @description Top-level status; see docs/status-model.md.
               * @enum {string}
               */
              status:
                | 'pending'
                | 'info_received'
                | 'in_transit'
                | 'out_for_delivery'
                | 'available_for_pickup'
                | 'attempt_failed'
                | 'delivered'
                | 'exception'
                | 'return_to_sender'
                | 'expired'
                | 'cancelled';
              /**
               * @description Substatus code; see docs/status-model.md.
               * @enum {string}
               */
              substatus:
                | 'pending.registered'
                | 'pending.not_found'
                | 'info_received.label_created'
                | 'info_received.awaiting_pickup'
                | 'in_transit.picked_up'
                | 'in_transit.origin_facility'
                | 'in_transit.linehaul'
                | 'in_transit.destination_facility'
                | 'in_transit.customs'
                | 'in_transit.delayed'
                | 'in_transit.rerouted'
                | 'in_transit.other'
                | 'out_for_delivery.on_vehicle'
                | 'out_for_delivery.rescheduled'
                | 'available_for_pickup.pickup_point'
                | 'available_for_pickup.locker'
                | 'available_for_pickup.post_office'
                | 'attempt_failed.recipient_absent'
                | 'attempt_failed.no_access'
                | 'attempt_failed.business_closed'
                | 'attempt_failed.other'
                | 'delivered.standard'
                | 'delivered.signed'
                | 'delivered.neighbour'
                | 'delivered.safe_place'
                | 'delivered.mailbox'
                | 'delivered.collected'
                | 'exception.address_issue'
                | 'exception.refused'
                | 'exception.payment_due'
                | 'exception.customs_hold'
                | 'exception.missing_documents'
                | 'exception.damaged'
                | 'exception.lost'
                | 'exception.carrier_delay'
                | 'exception.weather'
                | 'exception.other'
                | 'return_to_sender.initiated'
                | 'return_to_sender.in_transit'
                | 'return_to_sender.delivered'
                | 'expired.not_found'
                | 'expired.no_updates'
                | 'cancelled.by_retailer'
                | 'cancelled.by_carrier';
              lastEventAt: string | null;
              deliveredAt: string | null;
              estimate: {
                earliest: string;
                latest: string;
                mostLikely: string;
              } | null;
            }[];
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  ingestEvents: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422. */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          events: {
            trackingNumber: string;
            /** @description Defaults to "custom", for the merchant’s own deliveries. */
            carrier?: string;
            /** @description ISO 8601 with an offset, or local time with `zone`. */
            occurredAt: string;
            /** @description IANA time zone of the place. */
            zone?: string;
            /** @description A status or substatus code (docs/status-model.md). */
            status: string;
            rawCode?: string;
            rawDescription?: string;
            location?: {
              postalCode?: string;
              city?: string;
              region?: string;
              /** @description ISO 3166-1 alpha-2. */
              country?: string;
            };
            /** @description A calendar date, YYYY-MM-DD. */
            carrierEstimate?: string;
            /** @description Dedupe key of the scan this one corrects. */
            corrects?: string;
            shipment?: {
              service?: string;
              orderRef?: string;
              origin?: {
                postalCode?: string;
                city?: string;
                region?: string;
                /** @description ISO 3166-1 alpha-2. */
                country?: string;
              };
              destination?: {
                postalCode?: string;
                city?: string;
                region?: string;
                /** @description ISO 3166-1 alpha-2. */
                country?: string;
              };
              /** @description A calendar date, YYYY-MM-DD. */
              promisedDate?: string;
              /** @description When the customer ordered, with its offset. */
              orderedAt?: string;
            };
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Scans stored for the first time. */
            accepted: number;
            /** @description Scans already known; nothing changed. */
            duplicates: number;
            /** @description Scans refused, each with the field and the reason; the rest were stored. */
            rejected: {
              index: number;
              field: string;
              reason: string;
            }[];
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getNotificationRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            rules: {
              topic: string;
              description: string;
              channels: string[];
              defaultChannels: string[];
              sampleEvent: string;
            }[];
            dailyCap: number;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  updateNotificationRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          rules?: {
            shipping_confirmation?: {
              channels: ('email' | 'sms' | 'push')[];
            };
            shipped?: {
              channels: ('email' | 'sms' | 'push')[];
            };
            out_for_delivery?: {
              channels: ('email' | 'sms' | 'push')[];
            };
            delivered?: {
              channels: ('email' | 'sms' | 'push')[];
            };
            available_for_pickup?: {
              channels: ('email' | 'sms' | 'push')[];
            };
            failed_attempt?: {
              channels: ('email' | 'sms' | 'push')[];
            };
            exception?: {
              channels: ('email' | 'sms' | 'push')[];
            };
            delay?: {
              channels: ('email' | 'sms' | 'push')[];
            };
            estimate_moved?: {
              channels: ('email' | 'sms' | 'push')[];
            };
            stalled?: {
              channels: ('email' | 'sms' | 'push')[];
            };
            returned?: {
              channels: ('email' | 'sms' | 'push')[];
            };
          };
          dailyCap?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            rules: {
              topic: string;
              description: string;
              channels: string[];
              defaultChannels: string[];
              sampleEvent: string;
            }[];
            dailyCap: number;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getBranding: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            name: string;
            logoUrl: string | null;
            primaryColor: string;
            accentColor: string;
            supportEmail: string | null;
            supportPhone: string | null;
            supportUrl: string | null;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  updateBranding: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          logoUrl?: string | null;
          primaryColor?: string;
          accentColor?: string;
          supportEmail?: string | null;
          supportPhone?: string | null;
          supportUrl?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            name: string;
            logoUrl: string | null;
            primaryColor: string;
            accentColor: string;
            supportEmail: string | null;
            supportPhone: string | null;
            supportUrl: string | null;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listRecipients: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              channel: string;
              address: string;
              locale: string;
              timeZone: string | null;
              optedOut: boolean;
            }[];
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  createRecipient: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422. */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          channel: 'email' | 'sms';
          /** @description Email address, or a phone number (E.164). */
          address: string;
          /** @description BCP 47: en, es, de, fr, pt-BR… */
          locale?: string;
          /** @description IANA zone, for quiet hours and dates. */
          timeZone?: string;
          /** @description What the customer agreed to. */
          consentText?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            channel: string;
            address: string;
            locale: string;
            timeZone: string | null;
            optedOut: boolean;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            channel: string;
            address: string;
            locale: string;
            timeZone: string | null;
            optedOut: boolean;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  deleteRecipient: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        recipientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listShipmentNotifications: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              messageId: string;
              recipientId: string;
              channel: string;
              idempotencyKey: string;
              eventType: string;
              outcome: string;
              providerId: string | null;
              providerStatus: string | null;
              error: string | null;
              at: string;
            }[];
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  previewNotification: {
    parameters: {
      query?: {
        channel?: 'email' | 'sms' | 'push';
        locale?: 'en' | 'es' | 'de' | 'fr' | 'pt-BR';
        timeZone?: string;
        format?: 'json' | 'html';
      };
      header?: never;
      path: {
        event:
          | 'shipping_confirmation'
          | 'shipped'
          | 'out_for_delivery'
          | 'delivered'
          | 'available_for_pickup'
          | 'failed_attempt'
          | 'exception'
          | 'delay'
          | 'estimate_moved'
          | 'stalled'
          | 'returned';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                topic: string;
                channel: string;
                locale: string;
                subject: string;
                text: string;
                html: string | null;
                headers: {
                  [key: string]: string;
                };
                data: {
                  [key: string]: unknown;
                };
                segments: {
                  encoding: string;
                  units: number;
                  segments: number;
                } | null;
              }
            | string;
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  detectCarrier: {
    parameters: {
      query: {
        number: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            input: string;
            normalized: string;
            ambiguous: boolean;
            candidates: {
              carrier: string;
              carrierName: string;
              service: string;
              checkDigit: 'verified' | 'none';
              confidence: number;
              url: string | null;
            }[];
            /** @description Why nothing fits, when nothing does. */
            reason: string | null;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  importEdi214: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422. */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/edi-x12': string;
        'application/edi': string;
        'text/plain': string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Scans stored for the first time. */
            accepted: number;
            /** @description Scans already stored (same dedupe key): nothing changed. */
            duplicates: number;
            /** @description Scans the pipeline refused; each is among the problems. */
            rejected: number;
            /** @description Parts of the file that gave no scan (a broken transaction, a bad line) and every refused scan. */
            problems: {
              /** @description invalid_payload, unsupported, … */
              kind: string;
              message: string;
              trackingNumber?: string;
              /** @description Where: `segment 12` (X12), `line 7` (CSV), a JSON pointer (EPCIS). */
              at?: string;
            }[];
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  importEventsCsv: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422. */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
        'text/plain': string;
        'application/csv': string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Scans stored for the first time. */
            accepted: number;
            /** @description Scans already stored (same dedupe key): nothing changed. */
            duplicates: number;
            /** @description Scans the pipeline refused; each is among the problems. */
            rejected: number;
            /** @description Parts of the file that gave no scan (a broken transaction, a bad line) and every refused scan. */
            problems: {
              /** @description invalid_payload, unsupported, … */
              kind: string;
              message: string;
              trackingNumber?: string;
              /** @description Where: `segment 12` (X12), `line 7` (CSV), a JSON pointer (EPCIS). */
              at?: string;
            }[];
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  importShipmentsCsv: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422. */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
        'text/plain': string;
        'application/csv': string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created: number;
            /** @description Rows for numbers the tenant already tracked: the existing shipment is kept. */
            existing: number;
            rejected: number;
            ignoredColumns: string[];
            rows: {
              line: number;
              trackingNumber: string;
              outcome: 'created' | 'existing' | 'rejected';
              shipmentId?: string;
              carrier?: string;
              message?: string;
            }[];
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  receiveIntakeEmail: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422. */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'message/rfc822': string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** Format: date-time */
            receivedAt: string;
            /** @description The Message-ID, or the hash of the raw mail: a second copy is a `duplicate`. */
            messageKey: string;
            /** @description The From header's address: who forwarded the mail. */
            from: string;
            subject: string;
            /** @description registered, or why nothing was: duplicate, no_number, low_confidence, too_large, unknown_address, unreadable. */
            outcome:
              | 'registered'
              | 'duplicate'
              | 'no_number'
              | 'low_confidence'
              | 'too_large'
              | 'unknown_address'
              | 'unreadable';
            /** @description One sentence: what was registered, or why not. */
            detail: string;
            found: {
              trackingNumber: string;
              carrier: string;
              /** @description 1 for a number read from a carrier link. */
              confidence: number;
              source: 'link' | 'text';
              /** @description Set when the number is a shipment of the order. */
              shipmentId?: string;
              /** @description Why the number was not registered. */
              problem?: string;
            }[];
            orderId: string | null;
            orderNumber: string | null;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getIntakeAddress: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string;
            /** @description Whether this server takes mail by SMTP itself. */
            smtpEnabled: boolean;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listIntakeMails: {
    parameters: {
      query?: {
        /** @description `nextCursor` of the previous page. */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              /** Format: date-time */
              receivedAt: string;
              /** @description The Message-ID, or the hash of the raw mail: a second copy is a `duplicate`. */
              messageKey: string;
              /** @description The From header's address: who forwarded the mail. */
              from: string;
              subject: string;
              /** @description registered, or why nothing was: duplicate, no_number, low_confidence, too_large, unknown_address, unreadable. */
              outcome:
                | 'registered'
                | 'duplicate'
                | 'no_number'
                | 'low_confidence'
                | 'too_large'
                | 'unknown_address'
                | 'unreadable';
              /** @description One sentence: what was registered, or why not. */
              detail: string;
              found: {
                trackingNumber: string;
                carrier: string;
                /** @description 1 for a number read from a carrier link. */
                confidence: number;
                source: 'link' | 'text';
                /** @description Set when the number is a shipment of the order. */
                shipmentId?: string;
                /** @description Why the number was not registered. */
                problem?: string;
              }[];
              orderId: string | null;
              orderNumber: string | null;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listCarriers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              name: string;
              capabilities: {
                pull: boolean;
                push: boolean;
                batchSize: number;
                ratePerSecond: number;
                burst: number;
                concurrency: number;
              };
              /** @description Whether the poller asks this carrier (pull-capable with a client). */
              polled: boolean;
              lastSuccessAt: string | null;
              lastErrorAt: string | null;
              lastError: string | null;
              /** @description Failed requests / requests over the last 15 to 30 minutes; null when there were none. */
              errorRate: number | null;
              /** @description Requests in that window. */
              requests: number;
              rateLimit: {
                /** @description Request tokens left when the poller last reported. */
                tokens: number | null;
                /** @description Set while the carrier’s Retry-After pause lasts. */
                limitedUntil: string | null;
              };
              breaker: 'closed' | 'open' | 'half_open';
            }[];
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listUnmappedCarrierCodes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              carrier: string;
              rawCode: string;
              count: number;
              /** Format: date-time */
              firstSeenAt: string;
              /** Format: date-time */
              lastSeenAt: string;
              sampleDescription: string;
            }[];
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listWebhookEndpoints: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              url: string;
              description: string;
              events: string[];
              enabled: boolean;
              disabledReason: string | null;
              disabledAt: string | null;
              consecutiveDeadLetters: number;
              createdAt: string;
              updatedAt: string;
              /** @description The Standard Webhooks signing secret (whsec_…); verify every request with it. */
              secret?: string;
              deliveries?: {
                pending: number;
                delivered: number;
                dead: number;
              };
            }[];
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  createWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422. */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description http(s) URL the events are POSTed to. */
          url: string;
          /** @description Which events this endpoint receives. */
          events: (
            | '*'
            | 'shipment.created'
            | 'status.changed'
            | 'exception.raised'
            | 'delivered'
            | 'stalled'
            | 'carrier_estimate.changed'
            | 'eta.changed'
            | 'delay.detected'
            | 'webhook_endpoint.disabled'
          )[];
          description?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            url: string;
            description: string;
            events: string[];
            enabled: boolean;
            disabledReason: string | null;
            disabledAt: string | null;
            consecutiveDeadLetters: number;
            createdAt: string;
            updatedAt: string;
            /** @description The Standard Webhooks signing secret (whsec_…); verify every request with it. */
            secret?: string;
            deliveries?: {
              pending: number;
              delivered: number;
              dead: number;
            };
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            url: string;
            description: string;
            events: string[];
            enabled: boolean;
            disabledReason: string | null;
            disabledAt: string | null;
            consecutiveDeadLetters: number;
            createdAt: string;
            updatedAt: string;
            /** @description The Standard Webhooks signing secret (whsec_…); verify every request with it. */
            secret?: string;
            deliveries?: {
              pending: number;
              delivered: number;
              dead: number;
            };
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  deleteWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  updateWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description http(s) URL the events are POSTed to. */
          url?: string;
          /** @description Which events this endpoint receives. */
          events?: (
            | '*'
            | 'shipment.created'
            | 'status.changed'
            | 'exception.raised'
            | 'delivered'
            | 'stalled'
            | 'carrier_estimate.changed'
            | 'eta.changed'
            | 'delay.detected'
            | 'webhook_endpoint.disabled'
          )[];
          description?: string;
          /** @description true re-enables a disabled endpoint and clears its failure count. */
          enabled?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            url: string;
            description: string;
            events: string[];
            enabled: boolean;
            disabledReason: string | null;
            disabledAt: string | null;
            consecutiveDeadLetters: number;
            createdAt: string;
            updatedAt: string;
            /** @description The Standard Webhooks signing secret (whsec_…); verify every request with it. */
            secret?: string;
            deliveries?: {
              pending: number;
              delivered: number;
              dead: number;
            };
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listWebhookEndpointDeliveries: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        state?: 'pending' | 'delivered' | 'dead';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @description The webhook-id header: the same on every attempt and replay. */
              webhookId: string;
              endpointId: string;
              shipmentId: string | null;
              eventType: string;
              /** @description pending | delivered | dead */
              state: string;
              attempts: number;
              nextAttemptAt: string | null;
              lastStatusCode: number | null;
              lastError: string | null;
              deliveredAt: string | null;
              deadAt: string | null;
              createdAt: string;
              attemptLog: {
                attempt: number;
                startedAt: string;
                durationMs: number;
                statusCode: number | null;
                /** @description delivered | retry | dead | refused (the SSRF guard said no) */
                outcome: string;
                error: string | null;
              }[];
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query: {
        cursor?: string;
        limit?: number;
        shipmentId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @description The webhook-id header: the same on every attempt and replay. */
              webhookId: string;
              endpointId: string;
              shipmentId: string | null;
              eventType: string;
              /** @description pending | delivered | dead */
              state: string;
              attempts: number;
              nextAttemptAt: string | null;
              lastStatusCode: number | null;
              lastError: string | null;
              deliveredAt: string | null;
              deadAt: string | null;
              createdAt: string;
              attemptLog: {
                attempt: number;
                startedAt: string;
                durationMs: number;
                statusCode: number | null;
                /** @description delivered | retry | dead | refused (the SSRF guard said no) */
                outcome: string;
                error: string | null;
              }[];
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listWebhookDeadLetters: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        endpointId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @description The webhook-id header: the same on every attempt and replay. */
              webhookId: string;
              endpointId: string;
              shipmentId: string | null;
              eventType: string;
              /** @description pending | delivered | dead */
              state: string;
              attempts: number;
              nextAttemptAt: string | null;
              lastStatusCode: number | null;
              lastError: string | null;
              deliveredAt: string | null;
              deadAt: string | null;
              createdAt: string;
              attemptLog: {
                attempt: number;
                startedAt: string;
                durationMs: number;
                statusCode: number | null;
                /** @description delivered | retry | dead | refused (the SSRF guard said no) */
                outcome: string;
                error: string | null;
              }[];
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  replayWebhookDeadLetter: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422. */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            replayed: number;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  replayWebhookDeadLetters: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422. */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Only this endpoint’s dead letters. */
          endpointId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            replayed: number;
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getEtaAccuracy: {
    parameters: {
      query?: {
        /** @description First delivery day (default: 29 days before `to`). */
        from?: string;
        /** @description Last delivery day (default: today, UTC). */
        to?: string;
        carrier?: string;
        service?: string;
        destination?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            from: string;
            to: string;
            /** @description Delivered shipments that had an estimate. */
            n: number;
            /** @description Mean absolute error of the first most-likely date, in days. */
            maeDays: number | null;
            coverage: {
              hits: number;
              total: number;
              rate: number | null;
            };
            byCarrier: {
              carrier: string;
              /** @description Delivered shipments that had an estimate. */
              n: number;
              /** @description Mean absolute error of the first most-likely date, in days. */
              maeDays: number | null;
              coverage: {
                hits: number;
                total: number;
                rate: number | null;
              };
            }[];
            byLane: {
              carrier: string;
              service: string;
              /** @description Origin country → destination country, as the console groups lanes. */
              lane: string;
              /** @description Delivered shipments that had an estimate. */
              n: number;
              /** @description Mean absolute error of the first most-likely date, in days. */
              maeDays: number | null;
              coverage: {
                hits: number;
                total: number;
                rate: number | null;
              };
            }[];
            calibration: {
              /** @description Stated chance of meeting the promise, in tenths (0 = 0–10%). */
              decile: number;
              n: number;
              predicted: number;
              observed: number;
            }[];
          };
        };
      };
      /** @description This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds. */
      429: {
        headers: {
          /** @description Seconds until the window turns. */
          'Retry-After'?: number;
          /** @description What is left of the limit. */
          RateLimit?: string;
          /** @description The limit. */
          'RateLimit-Policy'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            errors?: {
              field: string;
              message: string;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
}
