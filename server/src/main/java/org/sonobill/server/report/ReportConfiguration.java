package org.sonobill.server.report;

import org.sonobill.report.ReportCoder;
import org.sonobill.report.ReportReader;
import org.sonobill.server.config.EngineData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One report reader and coder for the whole server: the lexicon is loaded once and the coder is thread-safe. */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {
    @Bean
    public ReportCoder reportCoder(EngineData engine) {
        return new ReportCoder(ReportReader.standard(), engine.coding());
    }
}
