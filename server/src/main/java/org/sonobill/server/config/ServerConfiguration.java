package org.sonobill.server.config;

import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.sonobill.engine.catalogue.Catalogue;
import org.sonobill.engine.coding.CodingEngine;
import org.sonobill.engine.coverage.CoverageLibrary;
import org.sonobill.engine.denial.DenialClassifier;
import org.sonobill.engine.denial.DenialTable;
import org.sonobill.engine.payer.PayerPacks;
import org.sonobill.engine.reference.ReferenceLibrary;
import org.sonobill.engine.scrub.Scrubber;
import org.sonobill.server.db.Database;
import org.sonobill.server.db.DatabaseConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The server's parts that are not Spring's: the database (embedded or external, migrated on start) and the engine
 * with the user's reference data, payer packs and coverage articles.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
public class ServerConfiguration {
    /** Today, for deadlines and ages: the system's zone (tests give their own clock). */
    @Bean
    public java.time.Clock clock() {
        return java.time.Clock.systemDefaultZone();
    }


    /**
     * The database. Properties {@code sonobill.db.dir} (an embedded data directory) or {@code sonobill.db.url} (with
     * {@code sonobill.db.user}/{@code .password}) win over the environment (see {@link DatabaseConfig}).
     */
    @Bean(destroyMethod = "close")
    public Database database(Environment env) {
        String dir = env.getProperty("sonobill.db.dir");
        String url = env.getProperty("sonobill.db.url");
        DatabaseConfig config;
        if (url != null && !url.isBlank()) {
            config = DatabaseConfig.fromEnvironment(Map.of("SONOBILL_DB_URL", url,
                    "SONOBILL_DB_USER", env.getProperty("sonobill.db.user", ""),
                    "SONOBILL_DB_PASSWORD", env.getProperty("sonobill.db.password", "")));
        } else if (dir != null && !dir.isBlank()) {
            config = DatabaseConfig.embeddedAt(Path.of(dir));
        } else {
            config = DatabaseConfig.fromEnvironment(System.getenv());
        }
        return Database.open(config);
    }

    @Bean
    public DataSource dataSource(Database database) {
        return database.dataSource();
    }

    /** Reference data, payer packs and coverage articles (property {@code sonobill.data-dir}). */
    @Bean
    public EngineData engineData(Environment env) {
        String dir = env.getProperty("sonobill.data-dir");
        Path data = dir == null || dir.isBlank() ? ReferenceLibrary.defaultUserDir() : Path.of(dir);
        ReferenceLibrary reference = ReferenceLibrary.withUserData(data);
        PayerPacks packs = PayerPacks.withUserPacks(data.resolve("payers"));
        CoverageLibrary coverage = CoverageLibrary.withUserArticles(data.resolve("coverage"));
        Catalogue catalogue = Catalogue.bundled();
        // a user's CARC/RARC mapping (docs/denials.md) replaces the shipped one without a build
        Path table = data.resolve("denial").resolve("denial-causes.tsv");
        java.time.LocalDate today = java.time.LocalDate.now();
        DenialClassifier denials = new DenialClassifier(java.nio.file.Files.isRegularFile(table)
                ? DenialTable.read(table) : DenialTable.shipped(), reference.carcs(today).table(),
                reference.rarcs(today).table());
        return new EngineData(reference, packs, coverage, catalogue, new CodingEngine(catalogue, packs, reference),
                new Scrubber(reference, catalogue, packs, coverage), denials);
    }
}
