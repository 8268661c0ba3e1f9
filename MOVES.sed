# Package moves of issue 18 (ports by feature). Apply to a file written against the old packages:
#   sed -i -f MOVES.sed path/to/File.java
# Order matters: nested types extracted to top level come first, then longer class names before shorter
# ones, then whole packages; so no line rewrites part of a name a later line needs.
# Three nested types became top-level types (WebhookOutcome, Erasure, Replay): a file that named them
# through their old outer type (IngestMetrics.WebhookOutcome) or inherited them (a class implementing
# IngestMetrics, PersonalData or EventInbox using WebhookOutcome, Erasure or Replay unqualified) needs an
# import of the new type, which sed cannot add: compile, and add the import where javac asks for it.
# WebhookLimits moved from adapters-http to application/ingest (a class of the http package used it without an
# import: add one), and answers LimitWebhooks.Admission (Admitted | Limited) instead of RateLimits.Decision.
# Later API changes that sed does not cover: EventInbox lease writes return LeaseWrite (Written | LeaseLost) instead
# of boolean; ProcessingMetrics.attemptEnded takes AttemptEnding; GorgiasWebhookEndpoint takes LimitWebhooks and
# CountDeliveries (wrap an IngestMetrics in DeliveryCountingService); DevNotesEndpoint takes ListRecentNotes
# (new ListRecentNotesService(ledger)).
# Port methods only tests called are gone: EventInbox.find (tests read an event through the contract's
# record(id): InMemoryEventInbox.find, or StoredEvents.find in adapters-persistence's tests; EventRecord moved to
# application's test sources, package dev.gorgiasbridge.application.contract) and TicketNotes.ticket (tests
# call GorgiasTicketNotes.ticket or InMemoryTicketNotes.ticket directly).
# EventInbox is split by role: DeliveryStore (store, Stored), WorkQueue (claim, renew, finish, retryLater,
# release, awaitNewEvents, Ending), Replays (replay, replayDead), QueueCounts (stats); EventInbox extends all four.
# Services take the role they use (AcceptWebhookService a DeliveryStore, EventWorker a WorkQueue, ...). Qualified
# uses such as EventInbox.Ending.DONE still compile (inherited member types); imports need the lines above.
s/\bdev\.gorgiasbridge\.application\.port\.out\.IngestMetrics\.WebhookOutcome\b/dev.gorgiasbridge.application.ingest.port.in.WebhookOutcome/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.PersonalData\.Erasure\b/dev.gorgiasbridge.application.retention.port.in.Erasure/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.EventInbox\.Replay\b/dev.gorgiasbridge.application.operations.port.in.Replay/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.EventInbox\.Ending\b/dev.gorgiasbridge.application.processing.port.out.WorkQueue.Ending/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.EventInbox\.Stored\b/dev.gorgiasbridge.application.ingest.port.out.DeliveryStore.Stored/g
s/\bIngestMetrics\.WebhookOutcome\b/WebhookOutcome/g
s/\bPersonalData\.Erasure\b/Erasure/g
s/\bEventInbox\.Replay\b/Replay/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.InboxUnavailableException\b/dev.gorgiasbridge.application.ingest.port.in.InboxUnavailableException/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.ExternalServiceException\b/dev.gorgiasbridge.application.processing.port.out.ExternalServiceException/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.InboxRefusedException\b/dev.gorgiasbridge.application.ingest.port.in.InboxRefusedException/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.CustomerDirectory\b/dev.gorgiasbridge.application.processing.port.out.CustomerDirectory/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.ProcessingMetrics\b/dev.gorgiasbridge.application.processing.port.out.ProcessingMetrics/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.OutcomeStatistics\b/dev.gorgiasbridge.application.stats.port.out.OutcomeStatistics/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.ComponentHealth\b/dev.gorgiasbridge.application.health.port.in.ComponentHealth/g
s/\bdev\.gorgiasbridge\.application\.port\.in\.AssessReadiness\b/dev.gorgiasbridge.application.readiness.port.in.AssessReadiness/g
s/\bdev\.gorgiasbridge\.application\.port\.in\.ReadinessReport\b/dev.gorgiasbridge.application.readiness.port.in.ReadinessReport/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.DeliveryCounts\b/dev.gorgiasbridge.application.stats.port.out.DeliveryCounts/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.ReadinessCheck\b/dev.gorgiasbridge.application.readiness.port.out.ReadinessCheck/g
s/\bdev\.gorgiasbridge\.application\.port\.in\.MeasureSuccess\b/dev.gorgiasbridge.application.stats.port.in.MeasureSuccess/g
s/\bdev\.gorgiasbridge\.application\.port\.in\.ApplyRetention\b/dev.gorgiasbridge.application.retention.port.in.ApplyRetention/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.IngestMetrics\b/dev.gorgiasbridge.application.ingest.port.out.IngestMetrics/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.EventPayloads\b/dev.gorgiasbridge.application.processing.port.out.EventPayloads/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.DraftOutcomes\b/dev.gorgiasbridge.application.processing.port.out.DraftOutcomes/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.RecordedStage\b/dev.gorgiasbridge.application.operations.port.in.RecordedStage/g
s/\bdev\.gorgiasbridge\.application\.port\.in\.AcceptWebhook\b/dev.gorgiasbridge.application.ingest.port.in.AcceptWebhook/g
s/\bdev\.gorgiasbridge\.application\.port\.in\.ReceivedRange\b/dev.gorgiasbridge.application.operations.port.in.ReceivedRange/g
s/\bdev\.gorgiasbridge\.application\.port\.in\.SuccessReport\b/dev.gorgiasbridge.application.stats.port.in.SuccessReport/g
s/\bdev\.gorgiasbridge\.application\.port\.in\.PurgeCustomer\b/dev.gorgiasbridge.application.retention.port.in.PurgeCustomer/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.ClaimedEvent\b/dev.gorgiasbridge.application.processing.port.in.ClaimedEvent/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.OrderHistory\b/dev.gorgiasbridge.application.processing.port.out.OrderHistory/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.ReplyDrafter\b/dev.gorgiasbridge.application.processing.port.out.ReplyDrafter/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.EventSummary\b/dev.gorgiasbridge.application.operations.port.in.EventSummary/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.EventListing\b/dev.gorgiasbridge.application.operations.port.out.EventListing/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.WindowCounts\b/dev.gorgiasbridge.application.stats.port.in.WindowCounts/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.PersonalData\b/dev.gorgiasbridge.application.retention.port.out.PersonalData/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.Reachability\b/dev.gorgiasbridge.application.health.port.out.Reachability/g
s/\bdev\.gorgiasbridge\.application\.port\.in\.ProcessEvent\b/dev.gorgiasbridge.application.processing.port.in.ProcessEvent/g
s/\bdev\.gorgiasbridge\.application\.port\.in\.ReplayEvents\b/dev.gorgiasbridge.application.operations.port.in.ReplayEvents/g
s/\bdev\.gorgiasbridge\.application\.port\.in\.AssessHealth\b/dev.gorgiasbridge.application.health.port.in.AssessHealth/g
s/\bdev\.gorgiasbridge\.application\.port\.in\.HealthReport\b/dev.gorgiasbridge.application.health.port.in.HealthReport/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.EventRecord\b/dev.gorgiasbridge.application.contract.EventRecord/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.TicketNotes\b/dev.gorgiasbridge.application.processing.port.out.TicketNotes/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.ShopProfile\b/dev.gorgiasbridge.application.processing.port.out.ShopProfile/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.EventCursor\b/dev.gorgiasbridge.application.operations.port.in.EventCursor/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.EventDetail\b/dev.gorgiasbridge.application.operations.port.in.EventDetail/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.HourlyCount\b/dev.gorgiasbridge.application.stats.port.out.HourlyCount/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.PeriodCount\b/dev.gorgiasbridge.application.stats.port.out.PeriodCount/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.HealthProbe\b/dev.gorgiasbridge.application.health.port.out.HealthProbe/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.InboxEvent\b/dev.gorgiasbridge.application.ingest.port.out.InboxEvent/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.EventInbox\b/dev.gorgiasbridge.application.processing.port.out.EventInbox/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.OrderCache\b/dev.gorgiasbridge.application.processing.port.out.OrderCache/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.NoteLedger\b/dev.gorgiasbridge.application.processing.port.out.NoteLedger/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.LogContext\b/dev.gorgiasbridge.application.processing.port.out.LogContext/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.EventQuery\b/dev.gorgiasbridge.application.operations.port.in.EventQuery/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.QueueStats\b/dev.gorgiasbridge.application.stats.port.in.QueueStats/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.RateLimits\b/dev.gorgiasbridge.application.limits.port.out.RateLimits/g
s/\bdev\.gorgiasbridge\.application\.port\.in\.ListEvents\b/dev.gorgiasbridge.application.operations.port.in.ListEvents/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.EventPage\b/dev.gorgiasbridge.application.operations.port.in.EventPage/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.PoolUsage\b/dev.gorgiasbridge.application.health.port.out.PoolUsage/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.Redaction\b/dev.gorgiasbridge.application.redaction.port.out.Redaction/g
s/\bdev\.gorgiasbridge\.application\.port\.in\.ShowEvent\b/dev.gorgiasbridge.application.operations.port.in.ShowEvent/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.QueueAge\b/dev.gorgiasbridge.application.health.port.out.QueueAge/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.Finding\b/dev.gorgiasbridge.application.readiness.port.in.Finding/g
s/\bdev\.gorgiasbridge\.application\.port\.out\.Lease\b/dev.gorgiasbridge.application.processing.port.in.Lease/g
s/\bdev\.gorgiasbridge\.application\.port\.in\.Share\b/dev.gorgiasbridge.application.stats.port.in.Share/g
s/\bdev\.gorgiasbridge\.application\.webhook\b/dev.gorgiasbridge.application.ingest/g
s/\bdev\.gorgiasbridge\.application\.enrichment\b/dev.gorgiasbridge.application.processing/g
s/\bdev\.gorgiasbridge\.application\.worker\b/dev.gorgiasbridge.application.processing/g
s/\bdev\.gorgiasbridge\.application\.observed\b/dev.gorgiasbridge.application.processing/g
s/\bdev\.gorgiasbridge\.application\.replay\b/dev.gorgiasbridge.application.operations/g
s/\bdev\.gorgiasbridge\.adapters\.http\.WebhookLimits\b/dev.gorgiasbridge.application.ingest.WebhookLimits/g
