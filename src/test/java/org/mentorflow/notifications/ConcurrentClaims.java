package org.mentorflow.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.transaction.support.TransactionTemplate;

/** Several senders claiming batches at once until nothing is due, as several threads or nodes do. */
final class ConcurrentClaims {

    private ConcurrentClaims() {
    }

    /** @return how often each mail was claimed */
    static Map<Long, Integer> claimAll(MailClaims claims, TransactionTemplate transaction, Instant now, int senders,
            int batchSize) throws InterruptedException, ExecutionException {
        Map<Long, Integer> claimed = new ConcurrentHashMap<>();
        List<Callable<Void>> workers = new ArrayList<>();
        for (int sender = 1; sender <= senders; sender++) {
            String name = "sender" + sender;
            workers.add(() -> {
                for (int round = 1; ; round++) {
                    String claim = name + "/" + round;
                    List<Long> got = transaction.execute(status -> claims.claimDue(claim, now, now.plusSeconds(30), batchSize));
                    if (got.isEmpty()) {
                        return null;
                    }
                    got.forEach(id -> claimed.merge(id, 1, Integer::sum));
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            for (Future<Void> worker : pool.invokeAll(workers)) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return claimed;
    }
}
