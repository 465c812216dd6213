package org.sonobill.bench.x12;

import java.util.List;
import java.util.Optional;

/** The Java readers of the peer benchmark, in the order of the table. Add a reader here to have the harness run it. */
final class PeerReaders {
    static final List<PeerReader> ALL = List.of(
            new SonoBillReader(),
            new StaediRawReader(),
            new ImswebReader());

    private PeerReaders() {
    }

    static Optional<PeerReader> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
