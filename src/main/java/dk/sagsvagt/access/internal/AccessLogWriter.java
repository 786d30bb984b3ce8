package dk.sagsvagt.access.internal;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.HttpServletRequest;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes access-log rows. Each row commits in its own transaction before the data it describes is returned, so a
 * read that reached the user is in the log even if the application is killed right after; a denied attempt is
 * kept although the request fails. CPR numbers in search terms and details (a refused address may hold one) are
 * stored as keyed hashes, never in clear.
 */
@Component
public class AccessLogWriter implements DisposableBean {

	/** One row of the log, before it is chained. */
	public record Entry(CurrentUser user, Action action, boolean allowed, Long caseId, String caseNumber,
			String documentNumber, List<Long> citizenIds, String searchTerms, String detail) {
	}

	private final JdbcClient jdbc;

	private final HikariDataSource ownPool;

	private final TransactionTemplate ownTransaction;

	private final LogKey key;

	private final int shards;

	private final boolean enabled;

	AccessLogWriter(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, LogKey key,
			@Value("${sagsvagt.access-log.shards:8}") int shards,
			@Value("${sagsvagt.access-log.enabled:true}") boolean enabled,
			@Value("${sagsvagt.access-log.pool-size:10}") int poolSize, Environment environment) {
		// switching the log off exists only to measure what it costs, in the benchmark profile
		if (!enabled && !environment.acceptsProfiles(Profiles.of("benchmark"))) {
			throw new IllegalStateException("sagsvagt.access-log.enabled=false is allowed only in the benchmark profile");
		}
		this.enabled = enabled;
		this.ownPool = enabled ? ownPool(dataSource, poolSize) : null;
		this.jdbc = ownPool == null ? jdbc : JdbcClient.create(ownPool);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.key = key;
		this.shards = shards;
	}

	/**
	 * A small pool of the log's own, on the same database: a row is one statement, committed on its own (autocommit)
	 * before the data it describes is returned. With it, a request that holds a connection in a transaction never
	 * waits for a second connection from the same pool to log a read — under load that starved the pool (bench/results).
	 * Without a Hikari pool to copy (a test's own data source), the row is written in a new transaction instead.
	 */
	private static HikariDataSource ownPool(DataSource dataSource, int size) {
		if (!(dataSource instanceof HikariDataSource main)) {
			return null;
		}
		// every setting of the main pool (address, credentials, driver properties such as TLS, timeouts), then its own
		HikariDataSource own = new HikariDataSource();
		main.copyStateTo(own);
		own.setPoolName("access-log");
		own.setMaximumPoolSize(size);
		own.setMinimumIdle(1);
		own.setAutoCommit(true);
		return own;
	}

	@Override
	public void destroy() {
		if (ownPool != null) {
			ownPool.close();
		}
	}

	public void write(Entry e) {
		if (!enabled) {
			return;
		}
		Long[] citizens = e.citizenIds() == null ? new Long[0] : e.citizenIds().toArray(Long[]::new);
		if (ownPool != null) {
			append(e, citizens);
			return;
		}
		ownTransaction.executeWithoutResult(status -> append(e, citizens));
	}

	private void append(Entry e, Long[] citizens) {
		jdbc
			.sql("SELECT access.append(CAST(? AS smallint), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(ThreadLocalRandom.current().nextInt(shards), e.user().username(), e.user().role().name(),
					e.action().name(), e.allowed() ? "ALLOWED" : "DENIED", e.caseId(), e.caseNumber(),
					e.documentNumber(), citizens, key.protect(e.searchTerms()), clientAddress(), key.protect(e.detail()))
			.query(Long.class)
			.single();
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
