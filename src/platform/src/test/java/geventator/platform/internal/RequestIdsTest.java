package geventator.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void new_ids_are_unique_across_threads_and_sane_to_pass_on() throws Exception {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = IntStream.range(0, 8)
                    .<Future<?>>mapToObj(t -> threads.submit(() -> {
                        for (int i = 0; i < 10_000; i++) {
                            ids.add(RequestIds.next());
                        }
                    }))
                    .toList();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(ids).hasSize(80_000);
        assertThat(ids).allMatch(id -> id.matches("[0-9a-f]{16}-[0-9a-f]{1,16}"));
    }
}
