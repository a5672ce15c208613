package geventator.users;

import static geventator.users.UserFixtures.registration;
import static geventator.users.UserFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.testkit.RunningApp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegistrationRaceTest {

    static final int RACERS = 8;

    @RegisterExtension
    static final RunningApp running = RunningApp.role("user");

    @RepeatedTest(3)
    void of_concurrent_registrations_of_one_name_exactly_one_wins_and_the_others_get_409() throws Exception {
        String name = uniqueName("race");
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            Map<String, Object> body = new HashMap<>(registration(i % 2 == 0 ? name : name.toUpperCase()));
            body.put("email", name + "-" + i + "@example.org");
            Http.Call call = running.http().post("/users", body);
            statuses.add(pool.submit(() -> {
                go.await();
                return call.send().status();
            }));
        }
        go.countDown();
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            results.add(status.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn(s -> s == 201).hasSize(1);
        assertThat(results).filteredOn(s -> s == 409).hasSize(RACERS - 1);
    }
}
