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
          /**
           * @example {
           *       "status": "ok",
           *       "database": "postgres"
           *     }
           */
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
          /**
           * @example {
           *       "status": "unavailable",
           *       "database": "postgres"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "the URL is not valid (check its % escapes)",
           *       "instance": "/healthz%zz",
           *       "code": "validation_failed"
           *     }
           */
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
          /**
           * @example {
           *       "status": "ready",
           *       "database": "postgres"
           *     }
           */
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
          /**
           * @example {
           *       "status": "unavailable",
           *       "database": "postgres",
           *       "reason": "the database schema is behind this code: run the migrations",
           *       "pendingMigrations": [
           *         "0013-idempotency-keys"
           *       ]
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "the URL is not valid (check its % escapes)",
           *       "instance": "/readyz%zz",
           *       "code": "validation_failed"
           *     }
           */
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
          /**
           * @example # HELP waybill_scans_ingested_total Scans handed to the ingest pipeline: stored (new), duplicate (already held) or rejected (bad input)
           *     # TYPE waybill_scans_ingested_total counter
           *     waybill_scans_ingested_total{result="stored"} 48211
           *     waybill_scans_ingested_total{result="duplicate"} 9370
           *     waybill_scans_ingested_total{result="rejected"} 12
           *
           *     # HELP waybill_notification_sends_total Notification send attempts by channel and outcome (sent, failed, retry, deferred, skipped, gone)
           *     # TYPE waybill_notification_sends_total counter
           *     waybill_notification_sends_total{channel="email",outcome="sent"} 6120
           *     waybill_notification_sends_total{channel="sms",outcome="deferred"} 41
           */
          'text/plain': string;
        };
      };
      /** @description RFC 9457 problem details. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/unauthorized",
           *       "title": "Missing or invalid API key",
           *       "status": 401,
           *       "detail": "send the metrics token as \"Authorization: Bearer <token>\"",
           *       "instance": "/metrics",
           *       "code": "unauthorized"
           *     }
           */
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
          /**
           * @example {
           *       "publicKey": "BI9UxyXxTCePMxikx0xzNmxW9xc3CckrZPqmewNZDwv1Oj6Ag9DvwXZxhQs0S0unQc6jZFDkL94ghSY9i03y4mM"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "the URL is not valid (check its % escapes)",
           *       "instance": "/push/vapid-public-key%zz",
           *       "code": "validation_failed"
           *     }
           */
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
        /** @example easypost */
        carrier: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "id": "evt_3b9e41d07c5a4f6e8d21c0a7b5e9f312",
         *       "object": "Event",
         *       "mode": "production",
         *       "description": "tracker.updated",
         *       "previous_attributes": {
         *         "status": "in_transit"
         *       },
         *       "status": "pending",
         *       "pending_urls": [
         *         "https://track.acme-shop.com/v1/carriers/easypost/webhook"
         *       ],
         *       "completed_urls": [],
         *       "created_at": "2026-11-23T13:05:09Z",
         *       "updated_at": "2026-11-23T13:05:09Z",
         *       "result": {
         *         "id": "trk_8c2f4e6a1b3d5f70",
         *         "object": "Tracker",
         *         "mode": "production",
         *         "tracking_code": "9400111899223855732126",
         *         "carrier": "USPS",
         *         "status": "out_for_delivery",
         *         "status_detail": "out_for_delivery",
         *         "signed_by": null,
         *         "est_delivery_date": "2026-11-23T00:00:00Z",
         *         "is_return": false,
         *         "carrier_detail": {
         *           "service": "Priority Mail",
         *           "est_delivery_date_local": "2026-11-23",
         *           "est_delivery_time_local": null
         *         },
         *         "tracking_details": [
         *           {
         *             "object": "TrackingDetail",
         *             "message": "Out for Delivery",
         *             "description": "",
         *             "status": "out_for_delivery",
         *             "status_detail": "out_for_delivery",
         *             "datetime": "2026-11-23T07:58:00-06:00",
         *             "source": "USPS",
         *             "carrier_code": "OF",
         *             "tracking_location": {
         *               "object": "TrackingLocation",
         *               "city": "AUSTIN",
         *               "state": "TX",
         *               "country": "US",
         *               "zip": "78704"
         *             }
         *           }
         *         ],
         *         "created_at": "2026-11-21T16:20:00Z",
         *         "updated_at": "2026-11-23T13:05:08Z"
         *       }
         *     }
         */
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
          /**
           * @example {
           *       "accepted": 1,
           *       "duplicates": 0,
           *       "rejected": 0,
           *       "untracked": [],
           *       "problems": []
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/signature-invalid",
           *       "title": "The webhook signature does not verify",
           *       "status": 401,
           *       "detail": "X-Hmac-Signature does not match the body",
           *       "instance": "/v1/carriers/easypost/webhook",
           *       "code": "signature_invalid"
           *     }
           */
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
        /** @example proceed */
        'gs1-capture-error-behaviour'?: 'rollback' | 'proceed' | 'all';
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "@context": [
         *         "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
         *         {
         *           "acme": "https://acme-shop.com/epcis/"
         *         }
         *       ],
         *       "type": "EPCISDocument",
         *       "schemaVersion": "2.0",
         *       "creationDate": "2026-11-21T18:00:00Z",
         *       "epcisBody": {
         *         "eventList": [
         *           {
         *             "type": "ObjectEvent",
         *             "eventID": "urn:uuid:6f1c2b9e-3d4a-4c5b-8e7f-9a0b1c2d3e4f",
         *             "eventTime": "2026-11-21T16:40:00-05:00",
         *             "eventTimeZoneOffset": "-05:00",
         *             "action": "OBSERVE",
         *             "epcList": [
         *               "urn:epc:id:sscc:0614141.1234567890"
         *             ],
         *             "bizStep": "departing",
         *             "disposition": "in_transit",
         *             "readPoint": {
         *               "id": "urn:epc:id:sgln:0614141.00777.0"
         *             },
         *             "acme:carrierTrackingNumber": "772618493027"
         *           }
         *         ]
         *       }
         *     }
         */
        'application/json': unknown;
        /**
         * @example {
         *       "@context": [
         *         "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
         *         {
         *           "acme": "https://acme-shop.com/epcis/"
         *         }
         *       ],
         *       "type": "EPCISDocument",
         *       "schemaVersion": "2.0",
         *       "creationDate": "2026-11-21T18:00:00Z",
         *       "epcisBody": {
         *         "eventList": [
         *           {
         *             "type": "ObjectEvent",
         *             "eventID": "urn:uuid:6f1c2b9e-3d4a-4c5b-8e7f-9a0b1c2d3e4f",
         *             "eventTime": "2026-11-21T16:40:00-05:00",
         *             "eventTimeZoneOffset": "-05:00",
         *             "action": "OBSERVE",
         *             "epcList": [
         *               "urn:epc:id:sscc:0614141.1234567890"
         *             ],
         *             "bizStep": "departing",
         *             "disposition": "in_transit",
         *             "readPoint": {
         *               "id": "urn:epc:id:sgln:0614141.00777.0"
         *             },
         *             "acme:carrierTrackingNumber": "772618493027"
         *           }
         *         ]
         *       }
         *     }
         */
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
          /**
           * @example {
           *       "captureID": "01M800WFY047Z1YDRBPN2G48CQ",
           *       "running": false,
           *       "success": true,
           *       "captureErrorBehaviour": "rollback",
           *       "errors": [],
           *       "accepted": 1,
           *       "duplicates": 0,
           *       "rejected": 0,
           *       "problems": []
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "the capture has invalid events and GS1-Capture-Error-Behaviour is rollback; nothing was captured: the EPCISDocument has no epcisBody.eventList array",
           *       "instance": "/epcis/capture",
           *       "code": "validation_failed",
           *       "errors": [
           *         {
           *           "field": "body",
           *           "message": "the EPCISDocument has no epcisBody.eventList array"
           *         }
           *       ]
           *     }
           */
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
        /** @example 1Z999AA10123456784 */
        tracking_number?: string;
        /**
         * @description Top-level status; see docs/status-model.md.
         * @example in_transit
         */
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
        /**
         * @description `nextCursor` of the previous page.
         * @example 01M7WREV907EM0DWME7MM8DA5Q
         */
        cursor?: string;
        /** @example 20 */
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
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "01M7WREV907EM0DWME7MM8DA5Q",
           *           "trackingNumber": "1Z999AA10123456784",
           *           "carrier": "ups",
           *           "service": "UPS Ground",
           *           "orderRef": "ORD-10482",
           *           "origin": {
           *             "postalCode": "40209",
           *             "city": "Louisville",
           *             "region": "KY",
           *             "country": "US"
           *           },
           *           "destination": {
           *             "postalCode": "78701",
           *             "city": "Austin",
           *             "region": "TX",
           *             "country": "US"
           *           },
           *           "promisedDate": "2026-11-25",
           *           "orderedAt": "2026-11-20T15:15:00.000Z",
           *           "status": "in_transit",
           *           "substatus": "in_transit.destination_facility",
           *           "exceptionReason": null,
           *           "lastLocation": {
           *             "city": "Austin",
           *             "region": "TX",
           *             "country": "US"
           *           },
           *           "lastEventAt": "2026-11-22T11:48:00.000Z",
           *           "deliveredAt": null,
           *           "firstScanAt": "2026-11-20T23:42:00.000Z",
           *           "deliveryAttempts": 0,
           *           "stalled": false,
           *           "estimate": {
           *             "mostLikely": "2026-11-23",
           *             "earliest": "2026-11-23",
           *             "latest": "2026-11-24",
           *             "confidence": 0.86,
           *             "probabilityByPromise": 0.97,
           *             "basis": "based on 1,240 similar UPS Ground shipments to this area, timed from arrival at the destination facility, weighed against the carrier's own estimate",
           *             "predictedAt": "2026-11-22T11:48:00.412Z"
           *           },
           *           "estimateChange": null,
           *           "delayReasons": [],
           *           "createdAt": "2026-11-20T15:16:04.512Z",
           *           "updatedAt": "2026-11-22T11:48:00.412Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "querystring.status must be one of pending, info_received, in_transit, out_for_delivery, available_for_pickup, attempt_failed, delivered, exception, return_to_sender, expired, cancelled",
           *       "instance": "/v1/shipments",
           *       "code": "validation_failed",
           *       "errors": [
           *         {
           *           "field": "querystring.status",
           *           "message": "must be one of pending, info_received, in_transit, out_for_delivery, available_for_pickup, attempt_failed, delivered, exception, return_to_sender, expired, cancelled"
           *         }
           *       ]
           *     }
           */
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
        /**
         * @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422.
         * @example order-1001-label
         */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "trackingNumber": "1Z999AA10123456784",
         *       "service": "UPS Ground",
         *       "orderRef": "ORD-10482",
         *       "origin": {
         *         "postalCode": "40209",
         *         "city": "Louisville",
         *         "region": "KY",
         *         "country": "US"
         *       },
         *       "destination": {
         *         "postalCode": "78701",
         *         "city": "Austin",
         *         "region": "TX",
         *         "country": "US"
         *       },
         *       "promisedDate": "2026-11-25",
         *       "orderedAt": "2026-11-20T09:15:00-06:00"
         *     }
         */
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
          /**
           * @description When the customer ordered: an ISO 8601 date and time with its offset. Estimates made before hand-over count from it.
           * @example 2026-11-20T09:15:00+01:00
           */
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
          /**
           * @example {
           *       "id": "01M7WREV907EM0DWME7MM8DA5Q",
           *       "trackingNumber": "1Z999AA10123456784",
           *       "carrier": "ups",
           *       "service": "UPS Ground",
           *       "orderRef": "ORD-10482",
           *       "origin": {
           *         "postalCode": "40209",
           *         "city": "Louisville",
           *         "region": "KY",
           *         "country": "US"
           *       },
           *       "destination": {
           *         "postalCode": "78701",
           *         "city": "Austin",
           *         "region": "TX",
           *         "country": "US"
           *       },
           *       "promisedDate": "2026-11-25",
           *       "orderedAt": "2026-11-20T15:15:00.000Z",
           *       "status": "pending",
           *       "substatus": "pending.registered",
           *       "exceptionReason": null,
           *       "lastLocation": null,
           *       "lastEventAt": null,
           *       "deliveredAt": null,
           *       "firstScanAt": null,
           *       "deliveryAttempts": 0,
           *       "stalled": false,
           *       "estimate": null,
           *       "estimateChange": null,
           *       "delayReasons": [],
           *       "createdAt": "2026-11-20T15:16:04.512Z",
           *       "updatedAt": "2026-11-20T15:16:04.512Z"
           *     }
           */
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
          /**
           * @example {
           *       "id": "01M7WREV907EM0DWME7MM8DA5Q",
           *       "trackingNumber": "1Z999AA10123456784",
           *       "carrier": "ups",
           *       "service": "UPS Ground",
           *       "orderRef": "ORD-10482",
           *       "origin": {
           *         "postalCode": "40209",
           *         "city": "Louisville",
           *         "region": "KY",
           *         "country": "US"
           *       },
           *       "destination": {
           *         "postalCode": "78701",
           *         "city": "Austin",
           *         "region": "TX",
           *         "country": "US"
           *       },
           *       "promisedDate": "2026-11-25",
           *       "orderedAt": "2026-11-20T15:15:00.000Z",
           *       "status": "pending",
           *       "substatus": "pending.registered",
           *       "exceptionReason": null,
           *       "lastLocation": null,
           *       "lastEventAt": null,
           *       "deliveredAt": null,
           *       "firstScanAt": null,
           *       "deliveryAttempts": 0,
           *       "stalled": false,
           *       "estimate": null,
           *       "estimateChange": null,
           *       "delayReasons": [],
           *       "createdAt": "2026-11-20T15:16:04.512Z",
           *       "updatedAt": "2026-11-20T15:16:04.512Z"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/carrier-unknown",
           *       "title": "No carrier recognises this tracking number",
           *       "status": 422,
           *       "detail": "No carrier recognises \"1Z999AA10123456785\": it has the shape of UPS 1Z, but its check digit is wrong, so a character was probably mistyped. Give \"carrier\".",
           *       "instance": "/v1/shipments",
           *       "code": "carrier_unknown",
           *       "errors": [
           *         {
           *           "field": "carrier",
           *           "message": "is required: the number matches no known carrier format"
           *         }
           *       ]
           *     }
           */
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
        /** @example 01M7WREV907EM0DWME7MM8DA5Q */
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
          /**
           * @example {
           *       "id": "01M7WREV907EM0DWME7MM8DA5Q",
           *       "trackingNumber": "1Z999AA10123456784",
           *       "carrier": "ups",
           *       "service": "UPS Ground",
           *       "orderRef": "ORD-10482",
           *       "origin": {
           *         "postalCode": "40209",
           *         "city": "Louisville",
           *         "region": "KY",
           *         "country": "US"
           *       },
           *       "destination": {
           *         "postalCode": "78701",
           *         "city": "Austin",
           *         "region": "TX",
           *         "country": "US"
           *       },
           *       "promisedDate": "2026-11-25",
           *       "orderedAt": "2026-11-20T15:15:00.000Z",
           *       "status": "in_transit",
           *       "substatus": "in_transit.destination_facility",
           *       "exceptionReason": null,
           *       "lastLocation": {
           *         "city": "Austin",
           *         "region": "TX",
           *         "country": "US"
           *       },
           *       "lastEventAt": "2026-11-22T11:48:00.000Z",
           *       "deliveredAt": null,
           *       "firstScanAt": "2026-11-20T23:42:00.000Z",
           *       "deliveryAttempts": 0,
           *       "stalled": false,
           *       "estimate": {
           *         "mostLikely": "2026-11-23",
           *         "earliest": "2026-11-23",
           *         "latest": "2026-11-24",
           *         "confidence": 0.86,
           *         "probabilityByPromise": 0.97,
           *         "basis": "based on 1,240 similar UPS Ground shipments to this area, timed from arrival at the destination facility, weighed against the carrier's own estimate",
           *         "predictedAt": "2026-11-22T11:48:00.412Z"
           *       },
           *       "estimateChange": null,
           *       "delayReasons": [],
           *       "createdAt": "2026-11-20T15:16:04.512Z",
           *       "updatedAt": "2026-11-22T11:48:00.412Z",
           *       "timeline": [
           *         {
           *           "occurredAt": "2026-11-20T23:42:00.000Z",
           *           "zone": "-05:00",
           *           "localTime": "2026-11-20T18:42:00-05:00",
           *           "status": "in_transit",
           *           "substatus": "in_transit.picked_up",
           *           "rawCode": "P",
           *           "rawDescription": "Pickup Scan",
           *           "location": {
           *             "postalCode": "40209",
           *             "city": "Louisville",
           *             "region": "KY",
           *             "country": "US"
           *           },
           *           "source": {
           *             "adapter": "api",
           *             "mode": "push"
           *           },
           *           "dedupeKey": "F1PSG5RReklo7OMyAN12Lx2WFqQkEseK",
           *           "voided": false
           *         },
           *         {
           *           "occurredAt": "2026-11-22T11:48:00.000Z",
           *           "zone": "America/Chicago",
           *           "localTime": "2026-11-22T05:48:00-06:00",
           *           "status": "in_transit",
           *           "substatus": "in_transit.destination_facility",
           *           "rawCode": "I",
           *           "rawDescription": "Arrived at Facility",
           *           "location": {
           *             "city": "Austin",
           *             "region": "TX",
           *             "country": "US"
           *           },
           *           "source": {
           *             "adapter": "api",
           *             "mode": "push"
           *           },
           *           "dedupeKey": "iWBlwl238pE7ESZI3ubbnMuXwvsoFl_z",
           *           "voided": false
           *         }
           *       ],
           *       "trackingPageUrl": "https://track.acme-shop.com/t/Bq2rkCgOM8Cd4YJ-dSqx0tBg"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "no shipment with id 01M7WREV907EM0DWME7MM8DA5Q",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "not_found"
           *     }
           */
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
        /** @example ORD-10482 */
        order_number?: string;
        /**
         * @description `nextCursor` of the previous page.
         * @example 01M7WRETNW2VJHPGX99N3YRX4X
         */
        cursor?: string;
        /** @example 20 */
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
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "01M7WRETNW2VJHPGX99N3YRX4X",
           *           "orderNumber": "ORD-10482",
           *           "customer": {
           *             "email": "ada@example.com",
           *             "phone": null,
           *             "name": "Ada Lee",
           *             "locale": "en-US"
           *           },
           *           "orderedAt": "2026-11-20T15:15:00.000Z",
           *           "promisedDate": "2026-11-25",
           *           "source": "api",
           *           "trackingPageUrl": "https://track.acme-shop.com/o/pS1nVw3kD0rQe7ZbLx9aFh2Y",
           *           "parcels": [
           *             {
           *               "id": "01M7WREV907EM0DWME7MM8DA5Q",
           *               "trackingNumber": "1Z999AA10123456784",
           *               "carrier": "ups",
           *               "status": "pending",
           *               "substatus": "pending.registered",
           *               "lastEventAt": null,
           *               "deliveredAt": null,
           *               "estimate": null
           *             },
           *             {
           *               "id": "01M7WREVA8Q3C2ZJ5M4P9T6K1D",
           *               "trackingNumber": "9400111202555842332669",
           *               "carrier": "usps",
           *               "status": "pending",
           *               "substatus": "pending.registered",
           *               "lastEventAt": null,
           *               "deliveredAt": null,
           *               "estimate": null
           *             }
           *           ],
           *           "createdAt": "2026-11-20T15:16:03.900Z",
           *           "updatedAt": "2026-11-20T15:16:03.900Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "querystring.limit must be <= 200",
           *       "instance": "/v1/orders",
           *       "code": "validation_failed",
           *       "errors": [
           *         {
           *           "field": "querystring.limit",
           *           "message": "must be <= 200"
           *         }
           *       ]
           *     }
           */
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
        /**
         * @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422.
         * @example order-1001-label
         */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "orderNumber": "ORD-10482",
         *       "customer": {
         *         "email": "ada@example.com",
         *         "name": "Ada Lee",
         *         "locale": "en-US"
         *       },
         *       "orderedAt": "2026-11-20T09:15:00-06:00",
         *       "promisedDate": "2026-11-25",
         *       "destination": {
         *         "postalCode": "78701",
         *         "city": "Austin",
         *         "region": "TX",
         *         "country": "US"
         *       },
         *       "parcels": [
         *         {
         *           "trackingNumber": "1Z999AA10123456784",
         *           "carrier": "ups"
         *         },
         *         {
         *           "trackingNumber": "9400111202555842332669"
         *         }
         *       ]
         *     }
         */
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
          /**
           * @example {
           *       "id": "01M7WRETNW2VJHPGX99N3YRX4X",
           *       "orderNumber": "ORD-10482",
           *       "customer": {
           *         "email": "ada@example.com",
           *         "phone": null,
           *         "name": "Ada Lee",
           *         "locale": "en-US"
           *       },
           *       "orderedAt": "2026-11-20T15:15:00.000Z",
           *       "promisedDate": "2026-11-25",
           *       "source": "api",
           *       "trackingPageUrl": "https://track.acme-shop.com/o/pS1nVw3kD0rQe7ZbLx9aFh2Y",
           *       "parcels": [
           *         {
           *           "id": "01M7WREV907EM0DWME7MM8DA5Q",
           *           "trackingNumber": "1Z999AA10123456784",
           *           "carrier": "ups",
           *           "status": "pending",
           *           "substatus": "pending.registered",
           *           "lastEventAt": null,
           *           "deliveredAt": null,
           *           "estimate": null
           *         },
           *         {
           *           "id": "01M7WREVA8Q3C2ZJ5M4P9T6K1D",
           *           "trackingNumber": "9400111202555842332669",
           *           "carrier": "usps",
           *           "status": "pending",
           *           "substatus": "pending.registered",
           *           "lastEventAt": null,
           *           "deliveredAt": null,
           *           "estimate": null
           *         }
           *       ],
           *       "createdAt": "2026-11-20T15:16:03.900Z",
           *       "updatedAt": "2026-11-20T15:16:03.900Z"
           *     }
           */
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
          /**
           * @example {
           *       "id": "01M7WRETNW2VJHPGX99N3YRX4X",
           *       "orderNumber": "ORD-10482",
           *       "customer": {
           *         "email": "ada@example.com",
           *         "phone": null,
           *         "name": "Ada Lee",
           *         "locale": "en-US"
           *       },
           *       "orderedAt": "2026-11-20T15:15:00.000Z",
           *       "promisedDate": "2026-11-25",
           *       "source": "api",
           *       "trackingPageUrl": "https://track.acme-shop.com/o/pS1nVw3kD0rQe7ZbLx9aFh2Y",
           *       "parcels": [
           *         {
           *           "id": "01M7WREV907EM0DWME7MM8DA5Q",
           *           "trackingNumber": "1Z999AA10123456784",
           *           "carrier": "ups",
           *           "status": "pending",
           *           "substatus": "pending.registered",
           *           "lastEventAt": null,
           *           "deliveredAt": null,
           *           "estimate": null
           *         },
           *         {
           *           "id": "01M7WREVA8Q3C2ZJ5M4P9T6K1D",
           *           "trackingNumber": "9400111202555842332669",
           *           "carrier": "usps",
           *           "status": "pending",
           *           "substatus": "pending.registered",
           *           "lastEventAt": null,
           *           "deliveredAt": null,
           *           "estimate": null
           *         }
           *       ],
           *       "createdAt": "2026-11-20T15:16:03.900Z",
           *       "updatedAt": "2026-11-20T15:16:03.900Z"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "parcels.0 the tracking number must be 4 to 40 letters or digits",
           *       "instance": "/v1/orders",
           *       "code": "validation_failed",
           *       "errors": [
           *         {
           *           "field": "parcels.0",
           *           "message": "the tracking number must be 4 to 40 letters or digits"
           *         }
           *       ]
           *     }
           */
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
        /** @example 01M7WRETNW2VJHPGX99N3YRX4X */
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
          /**
           * @example {
           *       "id": "01M7WRETNW2VJHPGX99N3YRX4X",
           *       "orderNumber": "ORD-10482",
           *       "customer": {
           *         "email": "ada@example.com",
           *         "phone": null,
           *         "name": "Ada Lee",
           *         "locale": "en-US"
           *       },
           *       "orderedAt": "2026-11-20T15:15:00.000Z",
           *       "promisedDate": "2026-11-25",
           *       "source": "api",
           *       "trackingPageUrl": "https://track.acme-shop.com/o/pS1nVw3kD0rQe7ZbLx9aFh2Y",
           *       "parcels": [
           *         {
           *           "id": "01M7WREV907EM0DWME7MM8DA5Q",
           *           "trackingNumber": "1Z999AA10123456784",
           *           "carrier": "ups",
           *           "status": "pending",
           *           "substatus": "pending.registered",
           *           "lastEventAt": null,
           *           "deliveredAt": null,
           *           "estimate": null
           *         },
           *         {
           *           "id": "01M7WREVA8Q3C2ZJ5M4P9T6K1D",
           *           "trackingNumber": "9400111202555842332669",
           *           "carrier": "usps",
           *           "status": "pending",
           *           "substatus": "pending.registered",
           *           "lastEventAt": null,
           *           "deliveredAt": null,
           *           "estimate": null
           *         }
           *       ],
           *       "createdAt": "2026-11-20T15:16:03.900Z",
           *       "updatedAt": "2026-11-20T15:16:03.900Z"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "no order with id 01M7WRETNW2VJHPGX99N3YRX4X",
           *       "instance": "/v1/orders/01M7WRETNW2VJHPGX99N3YRX4X",
           *       "code": "not_found"
           *     }
           */
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
        /**
         * @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422.
         * @example order-1001-label
         */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "events": [
         *         {
         *           "trackingNumber": "1Z999AA10123456784",
         *           "carrier": "ups",
         *           "occurredAt": "2026-11-20T18:42:00-05:00",
         *           "status": "in_transit.picked_up",
         *           "rawCode": "P",
         *           "rawDescription": "Pickup Scan",
         *           "location": {
         *             "postalCode": "40209",
         *             "city": "Louisville",
         *             "region": "KY",
         *             "country": "US"
         *           }
         *         },
         *         {
         *           "trackingNumber": "1Z999AA10123456784",
         *           "carrier": "ups",
         *           "occurredAt": "2026-11-22T05:48:00",
         *           "zone": "America/Chicago",
         *           "status": "in_transit.destination_facility",
         *           "rawCode": "I",
         *           "rawDescription": "Arrived at Facility",
         *           "location": {
         *             "city": "Austin",
         *             "region": "TX",
         *             "country": "US"
         *           },
         *           "carrierEstimate": "2026-11-23"
         *         }
         *       ]
         *     }
         */
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
          /**
           * @example {
           *       "accepted": 2,
           *       "duplicates": 0,
           *       "rejected": []
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "no scan in the batch is valid; nothing was stored",
           *       "instance": "/v1/events",
           *       "code": "validation_failed",
           *       "errors": [
           *         {
           *           "field": "events.0.occurredAt",
           *           "message": "has no UTC offset; give one or a zone"
           *         }
           *       ]
           *     }
           */
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
          /**
           * @example {
           *       "rules": [
           *         {
           *           "topic": "shipping_confirmation",
           *           "description": "A parcel of an order was registered with its customer: number, carrier and link, once per parcel; one message per order and day.",
           *           "channels": [
           *             "email"
           *           ],
           *           "defaultChannels": [
           *             "email"
           *           ],
           *           "sampleEvent": "shipment.created"
           *         },
           *         {
           *           "topic": "shipped",
           *           "description": "The carrier scanned the parcel for the first time.",
           *           "channels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "sampleEvent": "status.changed"
           *         },
           *         {
           *           "topic": "out_for_delivery",
           *           "description": "The parcel is on the delivery vehicle.",
           *           "channels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "sampleEvent": "status.changed"
           *         },
           *         {
           *           "topic": "delivered",
           *           "description": "The parcel was delivered.",
           *           "channels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "sampleEvent": "delivered"
           *         },
           *         {
           *           "topic": "available_for_pickup",
           *           "description": "The parcel waits at a pickup point.",
           *           "channels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "sampleEvent": "status.changed"
           *         },
           *         {
           *           "topic": "failed_attempt",
           *           "description": "The carrier tried to deliver and could not.",
           *           "channels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "sampleEvent": "status.changed"
           *         },
           *         {
           *           "topic": "exception",
           *           "description": "Something stopped the journey.",
           *           "channels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "sampleEvent": "exception.raised"
           *         },
           *         {
           *           "topic": "delay",
           *           "description": "The parcel will probably arrive later than promised or estimated.",
           *           "channels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "sampleEvent": "delay.detected"
           *         },
           *         {
           *           "topic": "estimate_moved",
           *           "description": "The estimated delivery moved by a day or more.",
           *           "channels": [
           *             "email",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "push"
           *           ],
           *           "sampleEvent": "eta.changed"
           *         },
           *         {
           *           "topic": "stalled",
           *           "description": "No scan for longer than usual.",
           *           "channels": [
           *             "email",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "push"
           *           ],
           *           "sampleEvent": "stalled"
           *         },
           *         {
           *           "topic": "returned",
           *           "description": "The parcel is going back to the sender.",
           *           "channels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "sampleEvent": "status.changed"
           *         }
           *       ],
           *       "dailyCap": 4
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/unauthorized",
           *       "title": "Missing or invalid API key",
           *       "status": 401,
           *       "detail": "send your API key as \"Authorization: Bearer <key>\"",
           *       "instance": "/v1/notification-rules",
           *       "code": "unauthorized"
           *     }
           */
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
        /**
         * @example {
         *       "rules": {
         *         "estimate_moved": {
         *           "channels": [
         *             "email"
         *           ]
         *         },
         *         "stalled": {
         *           "channels": []
         *         }
         *       },
         *       "dailyCap": 3
         *     }
         */
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
          /**
           * @example {
           *       "rules": [
           *         {
           *           "topic": "shipping_confirmation",
           *           "description": "A parcel of an order was registered with its customer: number, carrier and link, once per parcel; one message per order and day.",
           *           "channels": [
           *             "email"
           *           ],
           *           "defaultChannels": [
           *             "email"
           *           ],
           *           "sampleEvent": "shipment.created"
           *         },
           *         {
           *           "topic": "shipped",
           *           "description": "The carrier scanned the parcel for the first time.",
           *           "channels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "sampleEvent": "status.changed"
           *         },
           *         {
           *           "topic": "out_for_delivery",
           *           "description": "The parcel is on the delivery vehicle.",
           *           "channels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "sampleEvent": "status.changed"
           *         },
           *         {
           *           "topic": "delivered",
           *           "description": "The parcel was delivered.",
           *           "channels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "sampleEvent": "delivered"
           *         },
           *         {
           *           "topic": "available_for_pickup",
           *           "description": "The parcel waits at a pickup point.",
           *           "channels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "sampleEvent": "status.changed"
           *         },
           *         {
           *           "topic": "failed_attempt",
           *           "description": "The carrier tried to deliver and could not.",
           *           "channels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "sampleEvent": "status.changed"
           *         },
           *         {
           *           "topic": "exception",
           *           "description": "Something stopped the journey.",
           *           "channels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "sampleEvent": "exception.raised"
           *         },
           *         {
           *           "topic": "delay",
           *           "description": "The parcel will probably arrive later than promised or estimated.",
           *           "channels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "sampleEvent": "delay.detected"
           *         },
           *         {
           *           "topic": "estimate_moved",
           *           "description": "The estimated delivery moved by a day or more.",
           *           "channels": [
           *             "email"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "push"
           *           ],
           *           "sampleEvent": "eta.changed"
           *         },
           *         {
           *           "topic": "stalled",
           *           "description": "No scan for longer than usual.",
           *           "channels": [],
           *           "defaultChannels": [
           *             "email",
           *             "push"
           *           ],
           *           "sampleEvent": "stalled"
           *         },
           *         {
           *           "topic": "returned",
           *           "description": "The parcel is going back to the sender.",
           *           "channels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "defaultChannels": [
           *             "email",
           *             "sms",
           *             "push"
           *           ],
           *           "sampleEvent": "status.changed"
           *         }
           *       ],
           *       "dailyCap": 3
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "body.dailyCap must be <= 50",
           *       "instance": "/v1/notification-rules",
           *       "code": "validation_failed",
           *       "errors": [
           *         {
           *           "field": "body.dailyCap",
           *           "message": "must be <= 50"
           *         }
           *       ]
           *     }
           */
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
          /**
           * @example {
           *       "name": "Acme Outdoor",
           *       "logoUrl": "https://cdn.acme-shop.com/brand/logo-240.png",
           *       "primaryColor": "#1f3a5f",
           *       "accentColor": "#0b6bcb",
           *       "supportEmail": "help@acme-shop.com",
           *       "supportPhone": "+1 512 555 0142",
           *       "supportUrl": "https://acme-shop.com/help"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/unauthorized",
           *       "title": "Missing or invalid API key",
           *       "status": 401,
           *       "detail": "send your API key as \"Authorization: Bearer <key>\"",
           *       "instance": "/v1/branding",
           *       "code": "unauthorized"
           *     }
           */
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
        /**
         * @example {
         *       "name": "Acme Outdoor",
         *       "logoUrl": "https://cdn.acme-shop.com/brand/logo-240.png",
         *       "primaryColor": "#1f3a5f",
         *       "accentColor": "#0b6bcb",
         *       "supportEmail": "help@acme-shop.com",
         *       "supportPhone": "+1 512 555 0142",
         *       "supportUrl": "https://acme-shop.com/help"
         *     }
         */
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
          /**
           * @example {
           *       "name": "Acme Outdoor",
           *       "logoUrl": "https://cdn.acme-shop.com/brand/logo-240.png",
           *       "primaryColor": "#1f3a5f",
           *       "accentColor": "#0b6bcb",
           *       "supportEmail": "help@acme-shop.com",
           *       "supportPhone": "+1 512 555 0142",
           *       "supportUrl": "https://acme-shop.com/help"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "body.primaryColor must match pattern \"^#[0-9a-fA-F]{6}$\"",
           *       "instance": "/v1/branding",
           *       "code": "validation_failed",
           *       "errors": [
           *         {
           *           "field": "body.primaryColor",
           *           "message": "must match pattern \"^#[0-9a-fA-F]{6}$\""
           *         }
           *       ]
           *     }
           */
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
        /** @example 01M7WREV907EM0DWME7MM8DA5Q */
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
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "01M7WREVP2JZ7KNM118FTY31Q5",
           *           "channel": "email",
           *           "address": "maria.lopez@example.com",
           *           "locale": "es",
           *           "timeZone": "America/Chicago",
           *           "optedOut": false
           *         }
           *       ]
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "no shipment with id 01M7WREV907EM0DWME7MM8DA5Q",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q/recipients",
           *       "code": "not_found"
           *     }
           */
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
        /**
         * @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422.
         * @example order-1001-label
         */
        'idempotency-key'?: string;
      };
      path: {
        /** @example 01M7WREV907EM0DWME7MM8DA5Q */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "channel": "email",
         *       "address": "maria.lopez@example.com",
         *       "locale": "es",
         *       "timeZone": "America/Chicago",
         *       "consentText": "Send me shipping updates by email (checkout, 2026-11-20)"
         *     }
         */
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
          /**
           * @example {
           *       "id": "01M7WREVP2JZ7KNM118FTY31Q5",
           *       "channel": "email",
           *       "address": "maria.lopez@example.com",
           *       "locale": "es",
           *       "timeZone": "America/Chicago",
           *       "optedOut": false
           *     }
           */
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
          /**
           * @example {
           *       "id": "01M7WREVP2JZ7KNM118FTY31Q5",
           *       "channel": "email",
           *       "address": "maria.lopez@example.com",
           *       "locale": "es",
           *       "timeZone": "America/Chicago",
           *       "optedOut": false
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "no shipment with id 01M7WREV907EM0DWME7MM8DA5Q",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q/recipients",
           *       "code": "not_found"
           *     }
           */
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
        /** @example 01M7WREV907EM0DWME7MM8DA5Q */
        id: string;
        /** @example 01M7WREVP2JZ7KNM118FTY31Q5 */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "no recipient 01M7WREVP2JZ7KNM118FTY31Q5 on this shipment",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q/recipients/01M7WREVP2JZ7KNM118FTY31Q5",
           *       "code": "not_found"
           *     }
           */
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
        /** @example 01M7WREV907EM0DWME7MM8DA5Q */
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
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "01M7Z1EH2PN7AZJ5W5XKNMPMYM",
           *           "messageId": "01M7Z1EGZ3C9Y4N5QK8T2XW7RB",
           *           "recipientId": "01M7WREVP2JZ7KNM118FTY31Q5",
           *           "channel": "email",
           *           "idempotencyKey": "kX3v9QmZp0Lr7T2bWc8yHs4NdA6eJf1G",
           *           "eventType": "status.changed",
           *           "outcome": "sent",
           *           "providerId": "<01M7Z1EGZ3C9Y4N5QK8T2XW7RB@mail.acme-shop.com>",
           *           "providerStatus": null,
           *           "error": null,
           *           "at": "2026-11-21T12:31:40.118Z"
           *         }
           *       ]
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "no shipment with id 01M7WREV907EM0DWME7MM8DA5Q",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q/notifications",
           *       "code": "not_found"
           *     }
           */
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
        /** @example sms */
        channel?: 'email' | 'sms' | 'push';
        /** @example en */
        locale?: 'en' | 'es' | 'de' | 'fr' | 'pt-BR';
        /** @example America/Chicago */
        timeZone?: string;
        /** @example json */
        format?: 'json' | 'html';
      };
      header?: never;
      path: {
        /** @example out_for_delivery */
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
          /**
           * @example {
           *       "topic": "out_for_delivery",
           *       "channel": "sms",
           *       "locale": "en",
           *       "subject": "Your Acme Outdoor parcel arrives today",
           *       "text": "Acme Outdoor: your parcel 1Z999AA10123456784 is out for delivery today. https://track.acme-shop.com/t/SAMPLE-TOKEN-PREVIEW-0000",
           *       "html": null,
           *       "headers": {},
           *       "data": {
           *         "locale": "en",
           *         "topics": [
           *           "out_for_delivery"
           *         ]
           *       },
           *       "segments": {
           *         "encoding": "GSM-7",
           *         "units": 127,
           *         "segments": 1
           *       }
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "not an IANA time zone",
           *       "instance": "/v1/notification-previews/out_for_delivery",
           *       "code": "validation_failed",
           *       "errors": [
           *         {
           *           "field": "/timeZone",
           *           "message": "not an IANA time zone"
           *         }
           *       ]
           *     }
           */
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
        /** @example 1Z 999 AA1 01 2345 6784 */
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
          /**
           * @example {
           *       "input": "1Z 999 AA1 01 2345 6784",
           *       "normalized": "1Z999AA10123456784",
           *       "ambiguous": false,
           *       "candidates": [
           *         {
           *           "carrier": "ups",
           *           "carrierName": "UPS",
           *           "service": "UPS 1Z",
           *           "checkDigit": "verified",
           *           "confidence": 0.999,
           *           "url": "https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=1Z999AA10123456784"
           *         }
           *       ],
           *       "reason": null
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "querystring.number is required",
           *       "instance": "/v1/detect",
           *       "code": "validation_failed",
           *       "errors": [
           *         {
           *           "field": "querystring.number",
           *           "message": "is required"
           *         }
           *       ]
           *     }
           */
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
        /**
         * @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422.
         * @example order-1001-label
         */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example ISA*00*          *00*          *02*ODFL           *ZZ*WAYBILL        *261121*0715*U*00401*000000623*0*P*>~
         *     GS*QM*ODFL*WAYBILL*20261121*0715*623*X*004010~
         *     ST*214*0001~
         *     B10*77842035196*ORD-10485*ODFL~
         *     N1*SH*ACME OUTDOOR~
         *     N4*LOUISVILLE*KY*40209*US~
         *     N1*CN*PINE RIDGE OUTFITTERS~
         *     N4*AUSTIN*TX*78701*US~
         *     LX*1~
         *     AT7*AF*NS***20261120*1842*ET~
         *     MS1*LOUISVILLE*KY*US~
         *     LX*2~
         *     AT7*X6*NS***20261121*0705*CT~
         *     MS1*DALLAS*TX*US~
         *     SE*13*0001~
         *     GE*1*623~
         *     IEA*1*000000623~
         */
        'application/edi-x12': string;
        /**
         * @example ISA*00*          *00*          *02*ODFL           *ZZ*WAYBILL        *261121*0715*U*00401*000000623*0*P*>~
         *     GS*QM*ODFL*WAYBILL*20261121*0715*623*X*004010~
         *     ST*214*0001~
         *     B10*77842035196*ORD-10485*ODFL~
         *     N1*SH*ACME OUTDOOR~
         *     N4*LOUISVILLE*KY*40209*US~
         *     N1*CN*PINE RIDGE OUTFITTERS~
         *     N4*AUSTIN*TX*78701*US~
         *     LX*1~
         *     AT7*AF*NS***20261120*1842*ET~
         *     MS1*LOUISVILLE*KY*US~
         *     LX*2~
         *     AT7*X6*NS***20261121*0705*CT~
         *     MS1*DALLAS*TX*US~
         *     SE*13*0001~
         *     GE*1*623~
         *     IEA*1*000000623~
         */
        'application/edi': string;
        /**
         * @example ISA*00*          *00*          *02*ODFL           *ZZ*WAYBILL        *261121*0715*U*00401*000000623*0*P*>~
         *     GS*QM*ODFL*WAYBILL*20261121*0715*623*X*004010~
         *     ST*214*0001~
         *     B10*77842035196*ORD-10485*ODFL~
         *     N1*SH*ACME OUTDOOR~
         *     N4*LOUISVILLE*KY*40209*US~
         *     N1*CN*PINE RIDGE OUTFITTERS~
         *     N4*AUSTIN*TX*78701*US~
         *     LX*1~
         *     AT7*AF*NS***20261120*1842*ET~
         *     MS1*LOUISVILLE*KY*US~
         *     LX*2~
         *     AT7*X6*NS***20261121*0705*CT~
         *     MS1*DALLAS*TX*US~
         *     SE*13*0001~
         *     GE*1*623~
         *     IEA*1*000000623~
         */
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
          /**
           * @example {
           *       "accepted": 2,
           *       "duplicates": 0,
           *       "rejected": 0,
           *       "problems": []
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "nothing in the body is a usable X12 214 interchange: not an X12 interchange: the text must start with an ISA segment",
           *       "instance": "/v1/imports/edi",
           *       "code": "validation_failed",
           *       "errors": [
           *         {
           *           "field": "segment 1",
           *           "message": "not an X12 interchange: the text must start with an ISA segment"
           *         }
           *       ]
           *     }
           */
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
        /**
         * @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422.
         * @example order-1001-label
         */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example tracking_number,carrier,occurred_at,status,raw_code,description,city,region,postal_code,country
         *     1Z999AA10123456784,ups,2026-11-23T08:02:00-06:00,out_for_delivery,I,Out For Delivery Today,Austin,TX,78701,US
         *     1Z999AA10123456784,ups,2026-11-23T13:47:00-06:00,delivered,D,Delivered,Austin,TX,78701,US
         */
        'text/csv': string;
        /**
         * @example tracking_number,carrier,occurred_at,status,raw_code,description,city,region,postal_code,country
         *     1Z999AA10123456784,ups,2026-11-23T08:02:00-06:00,out_for_delivery,I,Out For Delivery Today,Austin,TX,78701,US
         *     1Z999AA10123456784,ups,2026-11-23T13:47:00-06:00,delivered,D,Delivered,Austin,TX,78701,US
         */
        'text/plain': string;
        /**
         * @example tracking_number,carrier,occurred_at,status,raw_code,description,city,region,postal_code,country
         *     1Z999AA10123456784,ups,2026-11-23T08:02:00-06:00,out_for_delivery,I,Out For Delivery Today,Austin,TX,78701,US
         *     1Z999AA10123456784,ups,2026-11-23T13:47:00-06:00,delivered,D,Delivered,Austin,TX,78701,US
         */
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
          /**
           * @example {
           *       "accepted": 2,
           *       "duplicates": 0,
           *       "rejected": 0,
           *       "problems": []
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/unsupported-media-type",
           *       "title": "Unsupported content type",
           *       "status": 415,
           *       "detail": "send the file as text/csv or text/plain or application/csv (not application/json)",
           *       "instance": "/v1/imports/events.csv",
           *       "code": "unsupported_media_type"
           *     }
           */
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
        /**
         * @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422.
         * @example order-1001-label
         */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example tracking_number,carrier,service,order_ref,promised_date,ordered_at,destination_city,destination_region,destination_postal_code,destination_country
         *     9405511899223855740186,,USPS Priority Mail,ORD-10483,2026-11-26,2026-11-21T10:02:00-06:00,Austin,TX,78704,US
         *     772618493027,fedex,FedEx Express Saver,ORD-10484,2026-11-27,2026-11-21T16:40:00-05:00,Denver,CO,80202,US
         */
        'text/csv': string;
        /**
         * @example tracking_number,carrier,service,order_ref,promised_date,ordered_at,destination_city,destination_region,destination_postal_code,destination_country
         *     9405511899223855740186,,USPS Priority Mail,ORD-10483,2026-11-26,2026-11-21T10:02:00-06:00,Austin,TX,78704,US
         *     772618493027,fedex,FedEx Express Saver,ORD-10484,2026-11-27,2026-11-21T16:40:00-05:00,Denver,CO,80202,US
         */
        'text/plain': string;
        /**
         * @example tracking_number,carrier,service,order_ref,promised_date,ordered_at,destination_city,destination_region,destination_postal_code,destination_country
         *     9405511899223855740186,,USPS Priority Mail,ORD-10483,2026-11-26,2026-11-21T10:02:00-06:00,Austin,TX,78704,US
         *     772618493027,fedex,FedEx Express Saver,ORD-10484,2026-11-27,2026-11-21T16:40:00-05:00,Denver,CO,80202,US
         */
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
          /**
           * @example {
           *       "created": 2,
           *       "existing": 0,
           *       "rejected": 0,
           *       "ignoredColumns": [],
           *       "rows": [
           *         {
           *           "line": 2,
           *           "trackingNumber": "9405511899223855740186",
           *           "outcome": "created",
           *           "shipmentId": "01M804HYJP2NR6EAH9XXJMW0V1",
           *           "carrier": "usps"
           *         },
           *         {
           *           "line": 3,
           *           "trackingNumber": "772618493027",
           *           "outcome": "created",
           *           "shipmentId": "01M804HYK3PPQJF673Q0GVC8DP",
           *           "carrier": "fedex"
           *         }
           *       ]
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "the header has no tracking_number column (it has order, city)",
           *       "instance": "/v1/imports/shipments.csv",
           *       "code": "validation_failed",
           *       "errors": [
           *         {
           *           "field": "line 1",
           *           "message": "the header has no tracking_number column (it has order, city)"
           *         }
           *       ]
           *     }
           */
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
        /**
         * @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422.
         * @example order-1001-label
         */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example From: Ana Ruiz <ana@acme-shop.com>
         *     To: 8ad3c35fa8d60c778d2d@intake.waybill.local
         *     Subject: Fwd: Your order #1001 is on its way
         *     Message-ID: <CAF-1001-forward@mail.gmail.com>
         *     Date: Fri, 20 Nov 2026 15:20:00 +0000
         *     MIME-Version: 1.0
         *     Content-Type: text/plain; charset=UTF-8
         *
         *     ---------- Forwarded message ---------
         *     From: Acme Shop <orders@acme-shop.com>
         *     Date: Fri, 20 Nov 2026 at 15:16
         *     Subject: Your order #1001 is on its way
         *
         *     Good news: order #1001 has shipped with UPS.
         *     Tracking number: 1Z 999 AA1 01 2345 6784
         *     https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784
         */
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
          /**
           * @example {
           *       "id": "01M7WRP8FM8NTKY31FGHJ7N8KR",
           *       "receivedAt": "2026-11-20T15:20:07.412Z",
           *       "messageKey": "<CAF-1001-forward@mail.gmail.com>",
           *       "from": "ana@acme-shop.com",
           *       "subject": "Fwd: Your order #1001 is on its way",
           *       "outcome": "registered",
           *       "detail": "Registered tracking number 1Z999AA10123456784 on order #1001.",
           *       "found": [
           *         {
           *           "trackingNumber": "1Z999AA10123456784",
           *           "carrier": "ups",
           *           "confidence": 1,
           *           "source": "link",
           *           "shipmentId": "01M7WREV907EM0DWME7MM8DA5Q"
           *         }
           *       ],
           *       "orderId": "01M7WRP8FM8NTKY31FGHJ7N8KQ",
           *       "orderNumber": "#1001"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "the mail is not addressed to this tenant's intake address",
           *       "instance": "/v1/intake/email",
           *       "code": "validation_failed",
           *       "errors": [
           *         {
           *           "field": "body",
           *           "message": "names none of To, Cc, Delivered-To or X-Original-To as the intake address"
           *         }
           *       ]
           *     }
           */
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
          /**
           * @example {
           *       "address": "8ad3c35fa8d60c778d2d@intake.waybill.local",
           *       "smtpEnabled": true
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/unauthorized",
           *       "title": "Missing or invalid API key",
           *       "status": 401,
           *       "detail": "send your API key as \"Authorization: Bearer <key>\"",
           *       "instance": "/v1/intake/address",
           *       "code": "unauthorized"
           *     }
           */
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
        /**
         * @description `nextCursor` of the previous page.
         * @example 01M7WRP8FM8NTKY31FGHJ7N8KR
         */
        cursor?: string;
        /** @example 20 */
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
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "01M7WV39MNMQWM2KKZRZVV7VFS",
           *           "receivedAt": "2026-11-20T16:02:11.733Z",
           *           "messageKey": "<CAF-1002-forward@mail.gmail.com>",
           *           "from": "ana@acme-shop.com",
           *           "subject": "Fwd: Thanks for your order #1002",
           *           "outcome": "no_number",
           *           "detail": "No tracking number was found in the mail.",
           *           "found": [],
           *           "orderId": null,
           *           "orderNumber": null
           *         },
           *         {
           *           "id": "01M7WRP8FM8NTKY31FGHJ7N8KR",
           *           "receivedAt": "2026-11-20T15:20:07.412Z",
           *           "messageKey": "<CAF-1001-forward@mail.gmail.com>",
           *           "from": "ana@acme-shop.com",
           *           "subject": "Fwd: Your order #1001 is on its way",
           *           "outcome": "registered",
           *           "detail": "Registered tracking number 1Z999AA10123456784 on order #1001.",
           *           "found": [
           *             {
           *               "trackingNumber": "1Z999AA10123456784",
           *               "carrier": "ups",
           *               "confidence": 1,
           *               "source": "link",
           *               "shipmentId": "01M7WREV907EM0DWME7MM8DA5Q"
           *             }
           *           ],
           *           "orderId": "01M7WRP8FM8NTKY31FGHJ7N8KQ",
           *           "orderNumber": "#1001"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "querystring.limit must be <= 200",
           *       "instance": "/v1/intake/mails",
           *       "code": "validation_failed",
           *       "errors": [
           *         {
           *           "field": "querystring.limit",
           *           "message": "must be <= 200"
           *         }
           *       ]
           *     }
           */
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
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "ups",
           *           "name": "UPS",
           *           "capabilities": {
           *             "pull": true,
           *             "push": false,
           *             "batchSize": 1,
           *             "ratePerSecond": 5,
           *             "burst": 10,
           *             "concurrency": 4
           *           },
           *           "polled": true,
           *           "lastSuccessAt": "2026-11-22T11:47:58.204Z",
           *           "lastErrorAt": "2026-11-21T03:12:09.551Z",
           *           "lastError": "UPS answered 502",
           *           "errorRate": 0.004,
           *           "requests": 1873,
           *           "rateLimit": {
           *             "tokens": 7.5,
           *             "limitedUntil": null
           *           },
           *           "breaker": "closed"
           *         },
           *         {
           *           "id": "fedex",
           *           "name": "FedEx",
           *           "capabilities": {
           *             "pull": true,
           *             "push": false,
           *             "batchSize": 30,
           *             "ratePerSecond": 5,
           *             "burst": 10,
           *             "concurrency": 2
           *           },
           *           "polled": true,
           *           "lastSuccessAt": "2026-11-22T11:31:40.018Z",
           *           "lastErrorAt": "2026-11-22T11:46:12.730Z",
           *           "lastError": "FedEx answered 429",
           *           "errorRate": 0.31,
           *           "requests": 142,
           *           "rateLimit": {
           *             "tokens": 0,
           *             "limitedUntil": "2026-11-22T11:51:12.000Z"
           *           },
           *           "breaker": "half_open"
           *         }
           *       ]
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/unauthorized",
           *       "title": "Missing or invalid API key",
           *       "status": 401,
           *       "detail": "send your API key as \"Authorization: Bearer <key>\"",
           *       "instance": "/v1/carriers",
           *       "code": "unauthorized"
           *     }
           */
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
          /**
           * @example {
           *       "items": [
           *         {
           *           "carrier": "fedex",
           *           "rawCode": "AE",
           *           "count": 12,
           *           "firstSeenAt": "2026-11-03T14:20:31.000Z",
           *           "lastSeenAt": "2026-11-22T09:05:47.000Z",
           *           "sampleDescription": "Shipment arriving early"
           *         }
           *       ]
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/unauthorized",
           *       "title": "Missing or invalid API key",
           *       "status": 401,
           *       "detail": "send your API key as \"Authorization: Bearer <key>\"",
           *       "instance": "/v1/carriers/unmapped",
           *       "code": "unauthorized"
           *     }
           */
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
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "01M6DV75805X6NYSVMVCBHR3M0",
           *           "url": "https://hooks.acme-shop.com/waybill",
           *           "description": "Order system: marks orders shipped and delivered",
           *           "events": [
           *             "status.changed",
           *             "delivered",
           *             "exception.raised"
           *           ],
           *           "enabled": true,
           *           "disabledReason": null,
           *           "disabledAt": null,
           *           "consecutiveDeadLetters": 0,
           *           "createdAt": "2026-11-02T10:00:00.000Z",
           *           "updatedAt": "2026-11-02T10:00:00.000Z"
           *         }
           *       ]
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/unauthorized",
           *       "title": "Missing or invalid API key",
           *       "status": 401,
           *       "detail": "send your API key as \"Authorization: Bearer <key>\"",
           *       "instance": "/v1/webhook-endpoints",
           *       "code": "unauthorized"
           *     }
           */
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
        /**
         * @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422.
         * @example order-1001-label
         */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "url": "https://hooks.acme-shop.com/waybill",
         *       "events": [
         *         "status.changed",
         *         "delivered",
         *         "exception.raised"
         *       ],
         *       "description": "Order system: marks orders shipped and delivered"
         *     }
         */
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
          /**
           * @example {
           *       "id": "01M6DV75805X6NYSVMVCBHR3M0",
           *       "url": "https://hooks.acme-shop.com/waybill",
           *       "description": "Order system: marks orders shipped and delivered",
           *       "events": [
           *         "status.changed",
           *         "delivered",
           *         "exception.raised"
           *       ],
           *       "enabled": true,
           *       "disabledReason": null,
           *       "disabledAt": null,
           *       "consecutiveDeadLetters": 0,
           *       "createdAt": "2026-11-02T10:00:00.000Z",
           *       "updatedAt": "2026-11-02T10:00:00.000Z",
           *       "secret": "whsec_eQavMPcTB9xmerp0+iPQb1fm4p4HP9n5zPD+2uaXon8="
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "body.url points at 10.0.0.7 is a private address",
           *       "instance": "/v1/webhook-endpoints",
           *       "code": "validation_failed",
           *       "errors": [
           *         {
           *           "field": "body.url",
           *           "message": "points at 10.0.0.7 is a private address"
           *         }
           *       ]
           *     }
           */
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
        /** @example 01M6DV75805X6NYSVMVCBHR3M0 */
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
          /**
           * @example {
           *       "id": "01M6DV75805X6NYSVMVCBHR3M0",
           *       "url": "https://hooks.acme-shop.com/waybill",
           *       "description": "Order system: marks orders shipped and delivered",
           *       "events": [
           *         "status.changed",
           *         "delivered",
           *         "exception.raised"
           *       ],
           *       "enabled": true,
           *       "disabledReason": null,
           *       "disabledAt": null,
           *       "consecutiveDeadLetters": 0,
           *       "createdAt": "2026-11-02T10:00:00.000Z",
           *       "updatedAt": "2026-11-02T10:00:00.000Z",
           *       "secret": "whsec_eQavMPcTB9xmerp0+iPQb1fm4p4HP9n5zPD+2uaXon8=",
           *       "deliveries": {
           *         "pending": 1,
           *         "delivered": 214,
           *         "dead": 1
           *       }
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "no webhook endpoint 01M6DV75805X6NYSVMVCBHR3M0",
           *       "instance": "/v1/webhook-endpoints/01M6DV75805X6NYSVMVCBHR3M0",
           *       "code": "not_found"
           *     }
           */
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
        /** @example 01M6DV75805X6NYSVMVCBHR3M0 */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "no webhook endpoint 01M6DV75805X6NYSVMVCBHR3M0",
           *       "instance": "/v1/webhook-endpoints/01M6DV75805X6NYSVMVCBHR3M0",
           *       "code": "not_found"
           *     }
           */
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
        /** @example 01M6DV75805X6NYSVMVCBHR3M0 */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "enabled": true
         *     }
         */
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
          /**
           * @example {
           *       "id": "01M6DV75805X6NYSVMVCBHR3M0",
           *       "url": "https://hooks.acme-shop.com/waybill",
           *       "description": "Order system: marks orders shipped and delivered",
           *       "events": [
           *         "status.changed",
           *         "delivered",
           *         "exception.raised"
           *       ],
           *       "enabled": true,
           *       "disabledReason": null,
           *       "disabledAt": null,
           *       "consecutiveDeadLetters": 0,
           *       "createdAt": "2026-11-02T10:00:00.000Z",
           *       "updatedAt": "2026-11-23T09:12:44.530Z"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "no webhook endpoint 01M6DV75805X6NYSVMVCBHR3M0",
           *       "instance": "/v1/webhook-endpoints/01M6DV75805X6NYSVMVCBHR3M0",
           *       "code": "not_found"
           *     }
           */
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
        /** @example 01M7XNH3MFTVEB6BSWJ048VXJP */
        cursor?: string;
        /** @example 20 */
        limit?: number;
        /** @example dead */
        state?: 'pending' | 'delivered' | 'dead';
      };
      header?: never;
      path: {
        /** @example 01M6DV75805X6NYSVMVCBHR3M0 */
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
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "01M81HBABWA7HF7CN47CPJBQ2R",
           *           "webhookId": "msg_PiPoFgA5WUoziU9lZOGxNIu9egC",
           *           "endpointId": "01M6DV75805X6NYSVMVCBHR3M0",
           *           "shipmentId": "01M7WREV907EM0DWME7MM8DA5Q",
           *           "eventType": "status.changed",
           *           "state": "dead",
           *           "attempts": 1,
           *           "nextAttemptAt": null,
           *           "lastStatusCode": 410,
           *           "lastError": "the endpoint answered 410",
           *           "deliveredAt": null,
           *           "deadAt": "2026-11-22T11:48:01.377Z",
           *           "createdAt": "2026-11-22T11:48:01.020Z",
           *           "attemptLog": [
           *             {
           *               "attempt": 1,
           *               "startedAt": "2026-11-22T11:48:01.101Z",
           *               "durationMs": 276,
           *               "statusCode": 410,
           *               "outcome": "dead",
           *               "error": "the endpoint answered 410"
           *             }
           *           ]
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "no webhook endpoint 01M6DV75805X6NYSVMVCBHR3M0",
           *       "instance": "/v1/webhook-endpoints/01M6DV75805X6NYSVMVCBHR3M0/deliveries",
           *       "code": "not_found"
           *     }
           */
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
        /** @example 01M7XNH3MFTVEB6BSWJ048VXJP */
        cursor?: string;
        /** @example 20 */
        limit?: number;
        /** @example 01M7WREV907EM0DWME7MM8DA5Q */
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
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "01M81HBABWA7HF7CN47CPJBQ2R",
           *           "webhookId": "msg_PiPoFgA5WUoziU9lZOGxNIu9egC",
           *           "endpointId": "01M6DV75805X6NYSVMVCBHR3M0",
           *           "shipmentId": "01M7WREV907EM0DWME7MM8DA5Q",
           *           "eventType": "status.changed",
           *           "state": "dead",
           *           "attempts": 1,
           *           "nextAttemptAt": null,
           *           "lastStatusCode": 410,
           *           "lastError": "the endpoint answered 410",
           *           "deliveredAt": null,
           *           "deadAt": "2026-11-22T11:48:01.377Z",
           *           "createdAt": "2026-11-22T11:48:01.020Z",
           *           "attemptLog": [
           *             {
           *               "attempt": 1,
           *               "startedAt": "2026-11-22T11:48:01.101Z",
           *               "durationMs": 276,
           *               "statusCode": 410,
           *               "outcome": "dead",
           *               "error": "the endpoint answered 410"
           *             }
           *           ]
           *         },
           *         {
           *           "id": "01M7XNH3MFTVEB6BSWJ048VXJP",
           *           "webhookId": "msg_ypeBEsobvcr6wjGzmiPcTaeG7_g",
           *           "endpointId": "01M6DV75805X6NYSVMVCBHR3M0",
           *           "shipmentId": "01M7WREV907EM0DWME7MM8DA5Q",
           *           "eventType": "status.changed",
           *           "state": "delivered",
           *           "attempts": 2,
           *           "nextAttemptAt": null,
           *           "lastStatusCode": 200,
           *           "lastError": null,
           *           "deliveredAt": "2026-11-20T23:44:13.904Z",
           *           "deadAt": null,
           *           "createdAt": "2026-11-20T23:44:07.311Z",
           *           "attemptLog": [
           *             {
           *               "attempt": 1,
           *               "startedAt": "2026-11-20T23:44:07.402Z",
           *               "durationMs": 1210,
           *               "statusCode": 503,
           *               "outcome": "retry",
           *               "error": "the endpoint answered 503"
           *             },
           *             {
           *               "attempt": 2,
           *               "startedAt": "2026-11-20T23:44:13.690Z",
           *               "durationMs": 214,
           *               "statusCode": 200,
           *               "outcome": "delivered",
           *               "error": null
           *             }
           *           ]
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "querystring.shipmentId is required",
           *       "instance": "/v1/webhook-deliveries",
           *       "code": "validation_failed",
           *       "errors": [
           *         {
           *           "field": "querystring.shipmentId",
           *           "message": "is required"
           *         }
           *       ]
           *     }
           */
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
        /** @example 01M7XNH3MFTVEB6BSWJ048VXJP */
        cursor?: string;
        /** @example 20 */
        limit?: number;
        /** @example 01M6DV75805X6NYSVMVCBHR3M0 */
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
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "01M81HBABWA7HF7CN47CPJBQ2R",
           *           "webhookId": "msg_PiPoFgA5WUoziU9lZOGxNIu9egC",
           *           "endpointId": "01M6DV75805X6NYSVMVCBHR3M0",
           *           "shipmentId": "01M7WREV907EM0DWME7MM8DA5Q",
           *           "eventType": "status.changed",
           *           "state": "dead",
           *           "attempts": 1,
           *           "nextAttemptAt": null,
           *           "lastStatusCode": 410,
           *           "lastError": "the endpoint answered 410",
           *           "deliveredAt": null,
           *           "deadAt": "2026-11-22T11:48:01.377Z",
           *           "createdAt": "2026-11-22T11:48:01.020Z",
           *           "attemptLog": [
           *             {
           *               "attempt": 1,
           *               "startedAt": "2026-11-22T11:48:01.101Z",
           *               "durationMs": 276,
           *               "statusCode": 410,
           *               "outcome": "dead",
           *               "error": "the endpoint answered 410"
           *             }
           *           ]
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/unauthorized",
           *       "title": "Missing or invalid API key",
           *       "status": 401,
           *       "detail": "send your API key as \"Authorization: Bearer <key>\"",
           *       "instance": "/v1/webhook-dead-letters",
           *       "code": "unauthorized"
           *     }
           */
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
        /**
         * @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422.
         * @example order-1001-label
         */
        'idempotency-key'?: string;
      };
      path: {
        /** @example 01M81HBABWA7HF7CN47CPJBQ2R */
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
          /**
           * @example {
           *       "replayed": 1
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/conflict",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "endpoint 01M6DV75805X6NYSVMVCBHR3M0 is disabled (the endpoint answered 410 Gone: the endpoint answered 410); enable it first with PATCH {\"enabled\": true}",
           *       "instance": "/v1/webhook-dead-letters/01M81HBABWA7HF7CN47CPJBQ2R/replay",
           *       "code": "conflict"
           *     }
           */
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
        /**
         * @description Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again (`Idempotent-Replayed: true`); the same key with another body or path is refused with 422.
         * @example order-1001-label
         */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "endpointId": "01M6DV75805X6NYSVMVCBHR3M0"
         *     }
         */
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
          /**
           * @example {
           *       "replayed": 3
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "no webhook endpoint 01M6DV75805X6NYSVMVCBHR3M0",
           *       "instance": "/v1/webhook-dead-letters/replay",
           *       "code": "not_found"
           *     }
           */
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
        /**
         * @description First delivery day (default: 29 days before `to`).
         * @example 2026-11-01
         */
        from?: string;
        /**
         * @description Last delivery day (default: today, UTC).
         * @example 2026-11-30
         */
        to?: string;
        /** @example ups */
        carrier?: string;
        /** @example UPS Ground */
        service?: string;
        /** @example US */
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
          /**
           * @example {
           *       "from": "2026-11-01",
           *       "to": "2026-11-30",
           *       "n": 1150,
           *       "maeDays": 0.42,
           *       "coverage": {
           *         "hits": 1012,
           *         "total": 1150,
           *         "rate": 0.88
           *       },
           *       "byCarrier": [
           *         {
           *           "carrier": "ups",
           *           "n": 980,
           *           "maeDays": 0.38,
           *           "coverage": {
           *             "hits": 871,
           *             "total": 980,
           *             "rate": 0.889
           *           }
           *         },
           *         {
           *           "carrier": "usps",
           *           "n": 170,
           *           "maeDays": 0.65,
           *           "coverage": {
           *             "hits": 141,
           *             "total": 170,
           *             "rate": 0.829
           *           }
           *         }
           *       ],
           *       "byLane": [
           *         {
           *           "carrier": "ups",
           *           "service": "UPS Ground",
           *           "lane": "US→US",
           *           "n": 940,
           *           "maeDays": 0.36,
           *           "coverage": {
           *             "hits": 838,
           *             "total": 940,
           *             "rate": 0.891
           *           }
           *         }
           *       ],
           *       "calibration": [
           *         {
           *           "decile": 8,
           *           "n": 310,
           *           "predicted": 0.85,
           *           "observed": 0.83
           *         },
           *         {
           *           "decile": 9,
           *           "n": 655,
           *           "predicted": 0.95,
           *           "observed": 0.94
           *         }
           *       ]
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/rate-limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "this API key made its 6000 reads allowed per minute; try again in 12 s",
           *       "instance": "/v1/shipments/01M7WREV907EM0DWME7MM8DA5Q",
           *       "code": "rate_limited"
           *     }
           */
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
          /**
           * @example {
           *       "type": "https://waybill.dev/problems/validation-failed",
           *       "title": "The request is not valid",
           *       "status": 400,
           *       "detail": "querystring.from is after `to`",
           *       "instance": "/v1/analytics/eta-accuracy",
           *       "code": "validation_failed",
           *       "errors": [
           *         {
           *           "field": "querystring.from",
           *           "message": "is after `to`"
           *         }
           *       ]
           *     }
           */
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
