package dk.sagsvagt.access.internal.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	/** A single sign-on provider to offer on the log-in page. */
	record SingleSignOn(String id, String name) {
	}

	private final List<SingleSignOn> providers = new ArrayList<>();

	LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object r : all) {
				ClientRegistration registration = (ClientRegistration) r;
				providers.add(new SingleSignOn(registration.getRegistrationId(), registration.getClientName()));
			}
		}
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("providers", providers);
		return "login";
	}
}
