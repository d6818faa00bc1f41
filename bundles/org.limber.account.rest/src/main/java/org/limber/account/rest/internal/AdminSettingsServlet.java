package org.limber.account.rest.internal;

import org.limber.account.api.AccountService;
import org.limber.account.rest.internal.JsonShapes.Settings;
import org.limber.rest.ProblemException;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/** {@code /api/v1/admin/settings}: whether anyone may register. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/admin/settings")
public class AdminSettingsServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public AdminSettingsServlet(@Reference AccountService accounts) {
        get("", request -> {
            Requests.administrator(request);
            return Reply.privateJson(new Settings(accounts.setupState().registrationOpen()));
        });
        put("", request -> {
            Requests.administrator(request);
            Settings body = Requests.body(request, Settings.class);
            if (body.registrationOpen() == null) {
                throw ProblemException.invalidField("registrationOpen", "is required: true or false");
            }
            accounts.setRegistrationOpen(body.registrationOpen());
            return Reply.privateJson(new Settings(accounts.setupState().registrationOpen()));
        });
    }
}
