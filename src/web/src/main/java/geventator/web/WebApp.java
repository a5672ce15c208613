package geventator.web;

import geventator.platform.Frontend;
import geventator.platform.ModuleContext;
import geventator.platform.RoleModule;

/** The composition root of the web app: every process serves it at {@code /}, whatever its role. */
public final class WebApp implements Frontend {

    @Override
    public String name() {
        return "web";
    }

    @Override
    public RoleModule.Routes start(ModuleContext context) {
        Assets assets = new Assets();
        Web web = new Web(
                new MongoSessions(context.database(name())),
                new RoleApis(context.settings(), context.json()),
                new Messages(),
                assets,
                new Views(),
                context.clock());
        return routes -> {
            routes.get("/assets/{file}", assets::serve);
            new AccountPages(web).routes(routes);
            new EventPages(web).routes(routes);
            new MemberPages(web).routes(routes);
            new TimetablePages(web).routes(routes);
            new LedgerPages(web).routes(routes);
            new MoneyPages(web).routes(routes);
            new ImportPages(web).routes(routes);
        };
    }
}
