package dev.gorgiasbridge.application.operations.port.in;

import java.util.List;

/** The notes the service wrote, newest first: the development view of what would have been posted. */
public interface ListRecentNotes {

    List<RecentNote> recent(int limit);
}
