package dk.sagsvagt.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dk.sagsvagt.shared.WorkingDayCalendar;

/** A year of access-log rows for the load data, chained as the database chains them, on two connections. */
final class LoadAccessRows {

	private final LoadTables t;

	LoadAccessRows(LoadTables t) {
		this.t = t;
	}

	/** A year of chained rows: even days on one connection, odd days on the other; then the chain heads. */
	long write(LocalDate today) throws SQLException {
		List<Object[]> heads = java.util.Collections.synchronizedList(new ArrayList<>());
		SplittableRandom second = t.random.split();
		long[] written = new long[2];
		t.inParallel(connection -> written[0] = accessLog(connection, today, 0, t.random, heads),
				connection -> written[1] = accessLog(connection, today, 1, second, heads));
		// the end of each chain, where the application goes on if it writes on that day
		try (CopyWriter out = new CopyWriter(t.c, "access.chain_head", "day, shard, seq, hash")) {
			for (Object[] head : heads) {
				out.value(head[0]).value(head[1]).value(head[2]).value(head[3]).end();
			}
		}
		return written[0] + written[1];
	}

	private long accessLog(Connection connection, LocalDate today, int parity, SplittableRandom random, List<Object[]> heads) {
		LoadAccessLog chain = new LoadAccessLog();
		long perDay = t.size.accessLogRows() / t.size.days();
		long written = 0;
		try (CopyWriter rows = new CopyWriter(connection, "access.access_log", "day, shard, shard_seq, logged_at, username, role, action, outcome, case_id, "
				+ "case_number, document_number, citizen_ids, search_terms, client_address, detail, prev_hash, hash")) {
			int index = 0;
			for (LocalDate day = today.minusDays(t.size.days()); day.isBefore(today); day = day.plusDays(1), index++) {
				if (index % 2 != parity) {
					continue;
				}
				byte[][] previous = new byte[LoadAccessLog.SHARDS][];
				long[] seq = new long[LoadAccessLog.SHARDS];
				for (int s = 0; s < LoadAccessLog.SHARDS; s++) {
					previous[s] = chain.genesis(day, s);
				}
				Instant start = day.atStartOfDay(WorkingDayCalendar.COPENHAGEN).toInstant();
				for (long i = 0; i < perDay; i++) {
					int shard = (int) (i % LoadAccessLog.SHARDS);
					int k = random.nextInt(t.caseNumber.length);
					int pick = random.nextInt(100);
					String action = pick < 80 ? "VIEW_CASE" : pick < 95 ? "VIEW_DOCUMENT" : "LIST_CASES";
					String document = action.equals("VIEW_DOCUMENT") && t.documents[k] > 0 ? t.caseNumber[k] + "-" + (1 + random.nextInt(t.documents[k])) : null;
					LoadAccessLog.Entry e = new LoadAccessLog.Entry(day, shard, ++seq[shard], start.plusMillis(i * 86_400_000L / perDay),
							t.shape.usernames.get(random.nextInt(t.shape.usernames.size())), "CASEWORKER", action, random.nextInt(200) == 0 ? "DENIED" : "ALLOWED",
							action.equals("LIST_CASES") ? null : t.firstCaseId + k, action.equals("LIST_CASES") ? null : t.caseNumber[k], document,
							List.of(t.caseCitizen[k]), action.equals("LIST_CASES") ? "Mine sager" : null);
					byte[] hash = chain.hash(previous[shard], e);
					rows.value(e.day()).value(shard).value(e.seq()).value(e.loggedAt()).value(e.username()).value(e.role()).value(e.action())
						.value(e.outcome()).value(e.caseId()).value(e.caseNumber()).value(e.documentNumber()).value("{" + t.caseCitizen[k] + "}")
						.value(null).value(null).value(e.detail()).value(previous[shard]).value(hash).end();
					previous[shard] = hash;
					written++;
				}
				for (int s = 0; s < LoadAccessLog.SHARDS; s++) {
					heads.add(new Object[] { day, s, seq[s], previous[s] });
				}
				if (parity == 0) {
					t.progress("access log", written * 2, t.size.accessLogRows());
				}
			}
		}
		return written;
	}
}
