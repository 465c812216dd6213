package org.sonobill.server.load;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * A NamedParameterJdbcTemplate that keeps each query it runs with its parameters, so that {@link DenialBenchmark} can
 * EXPLAIN exactly the SQL a service sends (a copy of the service built over this template) without repeating it.
 */
final class StatementRecorder extends NamedParameterJdbcTemplate {
    /** A query as sent, with its parameters. */
    record Statement(String sql, SqlParameterSource params) {
    }

    private final List<Statement> statements = new ArrayList<>();

    StatementRecorder(DataSource dataSource) {
        super(dataSource);
    }

    /** Every named-parameter query and update passes here. */
    @Override
    protected PreparedStatementCreator getPreparedStatementCreator(String sql, SqlParameterSource paramSource) {
        statements.add(new Statement(sql, paramSource));
        return super.getPreparedStatementCreator(sql, paramSource);
    }

    /** The queries run since the last call, and forgets them. */
    List<Statement> take() {
        List<Statement> taken = List.copyOf(statements);
        statements.clear();
        return taken;
    }

    /** The plan of a recorded query, run once with EXPLAIN (ANALYZE, BUFFERS). */
    List<String> explain(Statement s) {
        return super.query("EXPLAIN (ANALYZE, BUFFERS) " + s.sql(), s.params(), (rs, n) -> rs.getString(1));
    }
}
