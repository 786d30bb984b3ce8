package dk.sagsvagt.access.internal;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletRequest;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;

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
 * kept although the request fails.
 */
@Component
public class AccessLogWriter {

	/** One row of the log, before it is chained. */
	public record Entry(CurrentUser user, Action action, boolean allowed, Long caseId, String caseNumber,
			String documentNumber, List<Long> citizenIds, String searchTerms, String detail) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final LogKey key;

	private final int shards;

	private final boolean enabled;

	AccessLogWriter(JdbcClient jdbc, PlatformTransactionManager transactions, LogKey key,
			@Value("${sagsvagt.access-log.shards:8}") int shards,
			@Value("${sagsvagt.access-log.enabled:true}") boolean enabled, Environment environment) {
		// switching the log off exists only to measure what it costs, in the benchmark profile
		if (!enabled && !environment.acceptsProfiles(Profiles.of("benchmark"))) {
			throw new IllegalStateException("sagsvagt.access-log.enabled=false is allowed only in the benchmark profile");
		}
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.key = key;
		this.shards = shards;
	}

	public void write(Entry e) {
		if (!enabled) {
			return;
		}
		Long[] citizens = e.citizenIds() == null ? new Long[0] : e.citizenIds().toArray(Long[]::new);
		ownTransaction.executeWithoutResult(status -> jdbc
			.sql("SELECT access.append(CAST(? AS smallint), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(ThreadLocalRandom.current().nextInt(shards), e.user().username(), e.user().role().name(),
					e.action().name(), e.allowed() ? "ALLOWED" : "DENIED", e.caseId(), e.caseNumber(),
					e.documentNumber(), citizens, key.protect(e.searchTerms()), clientAddress(), e.detail())
			.query(Long.class)
			.single());
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
