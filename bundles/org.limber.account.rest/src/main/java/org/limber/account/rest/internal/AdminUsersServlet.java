package org.limber.account.rest.internal;

import org.limber.account.api.Account;
import org.limber.account.api.AccountService;
import org.limber.account.rest.internal.JsonShapes.Items;
import org.limber.account.rest.internal.JsonShapes.NewUser;
import org.limber.account.rest.internal.JsonShapes.UserChange;
import org.limber.account.rest.internal.JsonShapes.UserJson;
import org.limber.rest.ProblemException;
import org.limber.rest.Reply;
import org.limber.rest.RestRequest;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/** {@code /api/v1/admin/users}: administrators list, create, disable and delete accounts. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/admin/users/*")
public class AdminUsersServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient AccountService accounts;

    @Activate
    public AdminUsersServlet(@Reference AccountService accounts) {
        this.accounts = accounts;
        get("", request -> {
            Requests.administrator(request);
            return Reply.privateJson(new Items<>(accounts.accounts().stream().map(UserJson::of).toList()));
        });
        post("", AccountProblems.mapped(this::create));
        patch("/{id}", AccountProblems.mapped(this::change));
        delete("/{id}", AccountProblems.mapped(request -> {
            Requests.administrator(request);
            accounts.deleteByAdministrator(id(request));
            return Reply.noContent();
        }));
    }

    private Reply create(RestRequest request) throws Exception {
        Requests.administrator(request);
        NewUser body = Requests.body(request, NewUser.class);
        Account account = accounts.create(body.username(), body.password(), JsonShapes.parseRole(body.role()));
        return Reply.created(UserJson.of(account));
    }

    private Reply change(RestRequest request) throws Exception {
        Requests.administrator(request);
        long id = id(request);
        UserChange body = Requests.body(request, UserChange.class);
        if (body.disabled() == null) {
            throw ProblemException.invalidField("disabled", "is required: true or false");
        }
        return Reply.privateJson(UserJson.of(accounts.setDisabled(id, body.disabled())));
    }

    private static long id(RestRequest request) {
        String id = request.path("id");
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("Account", id.length() > 20 ? id.substring(0, 20) + "…" : id);
        }
    }
}
