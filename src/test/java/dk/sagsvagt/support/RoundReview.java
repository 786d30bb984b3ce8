package dk.sagsvagt.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Reviews a round in full through the API, as its reviewers (issue 17: a round concludes only when every sampled case
 * is reviewed at every level it requires): each reviewer confirms, at his or her level, every question of each case
 * the progress says he or she still has to review, with the answer below (pre-filled or a lower level) or "YES".
 */
public final class RoundReview {

	private RoundReview() {
	}

	/** {@code member}: anyone who may read the round, to learn its reviewers. */
	public static void confirmAll(JsonApi api, long roundId, String member) throws Exception {
		String base = "/api/supervision/rounds/" + roundId;
		JsonNode round = api.call(member, get(base), null, 200);
		List<Integer> levels = new ArrayList<>();
		round.get("reviewers").properties().forEach(e -> levels.add(Integer.parseInt(e.getKey())));
		levels.sort(null);
		for (int level : levels) {
			for (JsonNode reviewer : round.get("reviewers").get(String.valueOf(level))) {
				confirm(api, base, reviewer.asString(), level);
			}
		}
	}

	/** One reviewer confirms at each of his or her levels. */
	public static void confirm(JsonApi api, long roundId, String reviewer) throws Exception {
		String base = "/api/supervision/rounds/" + roundId;
		JsonNode round = api.call(reviewer, get(base), null, 200);
		for (var e : round.get("reviewers").properties()) {
			for (JsonNode name : e.getValue()) {
				if (name.asString().equals(reviewer)) {
					confirm(api, base, reviewer, Integer.parseInt(e.getKey()));
				}
			}
		}
	}

	private static void confirm(JsonApi api, String base, String reviewer, int level) throws Exception {
		JsonNode progress = api.call(reviewer, get(base + "/progress"), null, 200);
		for (JsonNode c : progress.get("cases")) {
			for (JsonNode l : c.get("levels")) {
				if (l.get("level").asInt() != level || l.get("state").asString().equals("REVIEWED")) {
					continue;
				}
				String caseNumber = c.get("caseNumber").asString();
				JsonNode checklist = api.call(reviewer, get(base + "/cases/" + caseNumber + "/checklist"), null, 200);
				for (JsonNode row : checklist) {
					Map<Integer, String> byLevel = new HashMap<>();
					row.get("answers").forEach(a -> byLevel.put(a.get("level").asInt(), a.get("answer").asString()));
					if (byLevel.containsKey(level)) {
						continue;
					}
					String below = byLevel.entrySet().stream().filter(e -> e.getKey() < level).max(Map.Entry.comparingByKey())
						.map(Map.Entry::getValue).orElse("YES");
					api.call(reviewer, post(base + "/cases/" + caseNumber + "/answers"),
							Map.of("question", row.get("question").get("code").asString(), "level", level, "answer", below), 200);
				}
			}
		}
	}

}
