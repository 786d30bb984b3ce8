package dk.sagsvagt.support;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that exist only in the tests and that no security rule names: they must be refused to everyone,
 * which proves that a new endpoint is closed until someone writes a rule for it.
 */
@RestController
public class UnruledEndpoints {

	public static final String WEB = "/uden-regel";

	public static final String API = "/api/uden-regel";

	@GetMapping(WEB)
	String web() {
		return "hemmeligt";
	}

	@GetMapping(API)
	String api() {
		return "hemmeligt";
	}
}
