package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the endpoint during concurrent creates, signing jobs, S3 uploads and new profiles, twice: after
 * each restart every acknowledged write is there (functions with their code, object versions with their bytes,
 * finished jobs with their signed objects, profiles) and the store loads without a damaged record.
 */
class CrashRecoveryTest {

    private static final EndpointCredentials KEYS = new EndpointCredentials("AKIACRASHTEST0000000", "crash-secret");

    @TempDir
    Path dataDir;
    @TempDir
    Path logs;

    @Test
    void everyAcknowledgedWriteSurvivesKillNineDuringConcurrentWrites() throws Exception {
        KillRounds rounds = new KillRounds(dataDir, logs, KEYS, 8, new Random(8));

        for (int i = 0; i < 2; i++) {
            KillRounds.Round round = rounds.killDuringWrites(6, 300);
            assertThat(round.failures()).as("requests refused while the endpoint ran").isEmpty();
            assertThat(round.written().functions()).isGreaterThanOrEqualTo(6);
            assertThat(round.written().jobs()).isGreaterThanOrEqualTo(6);
            assertThat(round.written().objects()).isGreaterThanOrEqualTo(6);
            assertThat(round.written().profiles()).isGreaterThanOrEqualTo(6);
            assertThat(round.missing()).isEmpty();
            assertThat(round.startupProblems()).isEmpty();
        }
        KillRounds.Round last = rounds.restartAndCheck();

        assertThat(last.checked()).isEqualTo(rounds.acknowledged().size()).isGreaterThan(48);
        assertThat(last.missing()).isEmpty();
        assertThat(last.startupProblems()).isEmpty();
    }
}
