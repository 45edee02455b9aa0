/**
 * Generated from openapi.json by scripts/generate-types.mjs (npm run generate:client). Do not edit:
 * the contract test fails when this file differs from what the served document generates.
 */
export interface paths {
    "/admin/failed-reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Påminnelser som inte kunde skickas (permanent fel) eller där det är osäkert om brevet kom fram; brev med okänt utfall (skickas igen vid nästa försök); brev som skickades igen med samma Message-ID efter ett okänt utfall */
        get: operations["FailedRemindersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/identity-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inloggningstjänsterna (OpenID Connect), äldsta först (KSL:s administratörer) */
        get: operations["IdentityProvidersController_list"];
        put?: never;
        /** Lägg till en inloggningstjänst för en organisation */
        post: operations["IdentityProvidersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/identity-providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** En inloggningstjänst (utan hemlighet) */
        get: operations["IdentityProvidersController_get"];
        put?: never;
        post?: never;
        /** Ta bort en inloggningstjänst (användarna den skapat finns kvar) */
        delete: operations["IdentityProvidersController_remove"];
        options?: never;
        head?: never;
        /** Ändra en inloggningstjänst (bara fälten som skickas) */
        patch: operations["IdentityProvidersController_update"];
        trace?: never;
    };
    "/admin/mail-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Utskickslogg: alla brev (KSL:s administratörer) eller brev i den egna organisationens ärenden (kansli, andra administratörer), nyaste först */
        get: operations["MailLogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/outbox-mails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Brev som skrivits som .eml-filer när SMTP_URL saknas (bara administratörer) */
        get: operations["AdminController_listMails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/outbox-mails/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hämta ett brev som .eml */
        get: operations["AdminController_getMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/sign-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inloggningar, lyckade och misslyckade, nyaste först: den egna organisationens (KSL:s administratörer ser alla, även försök med okända konton) */
        get: operations["SignInsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/test-mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Skicka ett testbrev genom utkorgen och arbetaren */
        post: operations["AdminController_testMail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Återkalla en API-nyckel; den nekas direkt (på alla API-instanser) */
        post: operations["UserAdminController_revokeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Glömt lösenordet: skicka en länk för att välja nytt lösenord till adressen
         * @description Samma svar oavsett om kontot finns. Högst PASSWORD_RESET_MAX_PER_ACCOUNT brev per konto och fönster (sedan inga fler, med samma svar); per adress 429.
         */
        post: operations["PasswordController_forgot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Logga in med e-post och lösenord; svarar med en bearer-token och användaren */
        post: operations["LoginController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Logga ut: token eller sessionskakan slutar gälla direkt (på alla API-instanser) */
        post: operations["LoginController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Den inloggade användaren med organisation och roll (med sessionskakan också CSRF-koden) */
        get: operations["LoginController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/oidc/{providerId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Börja logga in hos leverantören: omdirigerar dit (PKCE, state och nonce) */
        get: operations["OidcController_start"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leverantörens svar: kontrollerar state, PKCE och ID-token, skapar eller uppdaterar användaren och sätter sessionskakan */
        get: operations["OidcController_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/oidc/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inloggningstjänsterna (OpenID Connect) som inloggningssidan visar */
        get: operations["OidcController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Webbgränssnittets inloggning med lösenord: sätter sessionskakan (HttpOnly) och svarar med användaren och CSRF-koden */
        post: operations["LoginController_session"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/set-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Välj lösenord med länken från inbjudan eller återställningen (en gång); alla tidigare inloggningar avslutas
         * @description Lösenordet: minst 12 tecken, inte samma fåtal tecken, inte ett av de vanligaste, inte e-postadressen.
         */
        post: operations["PasswordController_setPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/set-password/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vems länken är (för sidan där lösenordet väljs); 400 om den är ogiltig, använd eller har gått ut */
        post: operations["PasswordController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/{organisationId}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kalenderprenumeration (.ics) för Outlook: organisationens öppna svarsdatum och beslutsdatum */
        get: operations["CalendarFeedController_ics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/deadline-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kontrollera en sista dag: arbetsdag, förslag på nästa arbetsdag, antal arbetsdagar, varningar
         * @description Datumet måste ligga från i dag och högst fem år fram; annars 400 med fältet deadline.
         */
        get: operations["CalendarController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/feed-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Adressen till min organisations kalenderprenumeration (.ics) med öppna svars- och beslutsdatum */
        get: operations["CalendarFeedController_feedUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/feed-url/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ny adress till organisationens kalenderprenumeration; den gamla slutar gälla direkt */
        post: operations["CalendarFeedController_renewFeedUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lista ärenden (egna och sådana som skickats till min organisation), senast ändrade först (sidindelat) */
        get: operations["CasesController_list"];
        put?: never;
        /** Öppna ett ärende (registreras i diariet) */
        post: operations["CasesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ett ärende: status, omgångar, statusmatris och de senaste 50 händelserna (historyNext hämtar äldre)
         * @description Svaret har en ETag; skicka den i If-None-Match för 304 när inget har ändrats. Matrisens rader bär inte omgångens nummer och typ (se rounds via roundId). `logHead` är loggens kontrollsumma: SHA-256 av den senaste raden i ärendets händelselogg, som är en hashkedja (se GET /cases/{id}/log/verify).
         */
        get: operations["CasesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/adjusted-proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Justerat förslag efter remissvaren (ett uppladdat dokument) */
        post: operations["CasesController_adjust"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Arkivpaket för e-arkivet: ett avslutat ärende med handlingar, diarieposter, beslut och händelselogg
         * @description En ZIP med arkivpaket.xml (schema i paketet: schema/remiss-arkivpaket-1.xsd, förebild Riksarkivets FGS Ärendehantering), handlingarna under handlingar/, LASMIG.txt och manifest-sha256.txt. Bara ärendets egen organisation; ärendet måste vara avslutat eller återkallat (annars 409).
         */
        get: operations["ArchiveController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/compilation.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sammanställning för styrelsen som Word-dokument: ärendet, omgångarna, kommunernas ställningstaganden, anstånd och beslut */
        get: operations["CompilationExportController_docx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lägg till en ny version av förslaget (ett uppladdat dokument) */
        post: operations["CasesController_addDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ärendets händelsehistorik sida för sida: händelserna före `before`, äldst först inom sidan */
        get: operations["CasesController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/log/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kontrollera ärendets händelselogg: räknar om hashkedjan från första raden och anger den första rad som inte stämmer
         * @description Varje rad i loggen bär SHA-256 av sitt kanoniska innehåll (RFC 8785) och föregående rads kontrollsumma; `head` är loggens kontrollsumma som ärendet visar. Bara ärendets egen organisations kansli och administratörer.
         */
        get: operations["LogController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partsregistret: parter (gäller från beslutet), icke-parter, väntande och uppsagda, per dagens datum */
        get: operations["PartiesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/parties.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partsregistret som CSV (UTF-8 med BOM, semikolon) */
        get: operations["PartiesController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Klart för rekommendation */
        post: operations["CasesController_ready"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Skicka rekommendation (det justerade förslaget) med sista dag för kommunernas beslut */
        post: operations["CasesController_recommend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Skicka på remiss till organisationer och/eller grupper med sista svarsdag */
        post: operations["CasesController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/rounds/{roundId}/compilation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sammanställning av en omgång */
        get: operations["CasesController_compile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/rounds/{roundId}/compilation.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sammanställning av en omgång som CSV */
        get: operations["CasesController_compileCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/rounds/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stäng en remissomgång */
        post: operations["CasesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/secrecy-markings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ärendets sekretessmarkeringar, gällande och hävda, nyast först */
        get: operations["SecrecyController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/seminar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Planera ett seminarium */
        post: operations["CasesController_seminar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/seminar/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ställ in seminariet */
        post: operations["CasesController_seminarCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/seminar/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Seminariet är genomfört */
        post: operations["CasesController_seminarHeld"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/start-drafting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Börja ta fram förslaget */
        post: operations["CasesController_startDrafting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/terminations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registrera en uppsägning; överenskommelsen upphör att gälla för parten nio månader efter att uppsägningen kom fram (§ 9) */
        post: operations["PartiesController_terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Återkalla ärendet */
        post: operations["CasesController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rätta ett beslut (blir en ny version; den tidigare finns kvar) */
        post: operations["DecisionsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ladda upp ett dokument (PDF, DOCX eller ODT)
         * @description Innehållet kontrolleras, inte filnamnet. Dokumentet tillhör din organisation och är okopplat tills ett ärende, en omgång eller ett svar kopplar det. Med supersedesId blir det en ny version av ett befintligt dokument; inget skrivs över.
         */
        post: operations["DocumentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ett dokuments uppgifter och alla dess versioner */
        get: operations["DocumentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hämta dokumentets fil
         * @description Med rätt Content-Type och filnamn (RFC 5987 för å, ä, ö).
         */
        get: operations["DocumentsController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{id}/secrecy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sekretessmarkera ett dokument, helt eller delvis, med lagrum */
        post: operations["SecrecyController_markDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{id}/secrecy/unmark": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Häv ett dokuments sekretessmarkering */
        post: operations["SecrecyController_unmarkDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Händelseflöde (CloudEvents 1.0): det som den egna organisationen får se, i loggens ordning
         * @description Ärendets egen organisation ser hela ärendets historik; en mottagare ser sin egen mottagares händelser och de utskick som gjorts till den. Läs vidare med `after` = `nextCursor` (aldrig null); varje händelse kommer exakt en gång.
         */
        get: operations["EventsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Händelsetyperna i flödet och i webhooks, med svensk beskrivning */
        get: operations["EventsController_types"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/extension-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Anståndsbegäranden (kansliets inkorg), nyaste först (sidindelat) */
        get: operations["RecipientsController_listExtensions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/extension-requests/{id}/deny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Avslå anstånd */
        post: operations["RecipientsController_deny"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/extension-requests/{id}/grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bevilja anstånd (eventuellt till ett annat datum) */
        post: operations["RecipientsController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Din organisations mottagargrupper med medlemmar */
        get: operations["GroupsController_list"];
        put?: never;
        /** Skapa en mottagargrupp i din organisation */
        post: operations["GroupsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hälsokontroll: databas och Redis (samma som /health/ready) */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lever processen? Kontrollerar inget annat. */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redo att ta emot anrop: databas och Redis svarar (503 annars) */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mina remisser: det som skickats till min organisation, med sista dag och dagar kvar; öppna först, sedan efter sista dag (sidindelat) */
        get: operations["RecipientsController_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mina aviseringar, nyast först (sidindelat): ny remiss, svar, anstånd, påminnelser, expedierade och mottagna beslut */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Markera aviseringar som lästa: de angivna (ids) eller alla (all: true); andras aviseringar påverkas aldrig */
        post: operations["NotificationsController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hur många av mina aviseringar som är olästa */
        get: operations["NotificationsController_unread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offentligt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offentliga remisser (HTML): organisationer med publicerade remisser */
        get: operations["PublicPagesController_home"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offentligt/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** En organisations remisser (HTML) med sökning på rubrik, diarienummer, mottagare och datum */
        get: operations["PublicPagesController_organisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offentligt/{slug}/diarium": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** En organisations diarium (HTML), sekretessmarkerade ärendemeningar maskerade */
        get: operations["PublicPagesController_diarium"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offentligt/{slug}/flode.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Atom-flöde med en organisations nya remisser och inkomna remissvar */
        get: operations["PublicPagesController_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offentligt/{slug}/remisser/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** En remiss (HTML): handlingar, mottagare, remissvar och beslut */
        get: operations["PublicPagesController_case"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alla organisationer med typ, registratorns e-post och överordnad organisation */
        get: operations["OrganisationsController_list"];
        put?: never;
        /**
         * Lägg till en organisation
         * @description Administratörer lägger till vilken organisation som helst; ett kansli lägger till nämnder (kind committee) under sin egen organisation, t.ex. för interna remisser.
         */
        post: operations["OrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** En organisation med kontaktpersoner och underordnade organisationer (nämnder) */
        get: operations["OrganisationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisationens API-nycklar (namn, behörighet, skapad, senast använd, av vem), nyaste först; aldrig själva nyckeln */
        get: operations["UserAdminController_listTokens"];
        put?: never;
        /**
         * Skapa en API-nyckel för ett systemkonto i organisationen; nyckeln visas bara i det här svaret
         * @description Används som `Authorization: Bearer rmt_…`. Behörighet read: bara GET (andra metoder 403); write: som systemkontots roll.
         */
        post: operations["UserAdminController_createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisationens händelselogg för konton och inställningar, nyaste först */
        get: operations["UserAdminController_auditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}/password-sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Slå på eller av inloggning med lösenord för organisationen
         * @description Av: organisationens användare loggar in med organisationens eget konto; POST /auth/login nekar dem.
         */
        post: operations["UserAdminController_setPasswordSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}/registry-format": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Ändra hur organisationen numrerar sina ärenden och deras handlingar
         * @description Ärendenummer: text med {yy} eller {yyyy} (år) och ett löpnummer {n} eller {nnnn} (utfyllt med nollor), t.ex. KSL/{yy}/{nnnn} eller KS{yy}/{n}. Handlingar: {case} (ärendets nummer) och ett löpnummer, t.ex. {case}-{n} (KS13/250-133). Gäller nya nummer; givna nummer ändras inte. Administratörer ändrar vilken organisation som helst, ett kansli sin egen.
         */
        put: operations["OrganisationsController_setRegistryFormat"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisationens användare med roll, status (aktiv, inbjuden, avstängd) och senaste inloggning, efter e-postadress */
        get: operations["UserAdminController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hämta en offentlig handling
         * @description Bara handlingar som skickats ut, inkomna remissvar och expedierade beslut; 403 för en sekretessmarkerad handling, 404 för allt annat.
         */
        get: operations["PublicApiController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/log-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Den publika nyckel (Ed25519) som undertecknar loggintygen */
        get: operations["LogStatementsController_key"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/log-statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Loggintyg: ett undertecknat intyg per dag om varje ärendes loggkontrollsumma, nyaste först */
        get: operations["LogStatementsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/log-statements/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ett loggintyg: den undertecknade texten (RFC 8785-JSON med varje ärendes nyckel, SHA-256 av ärendets id, antal rader och kontrollsumma) och dess Ed25519-signatur
         * @description Signaturen gäller UTF-8-byten i `statement`; kontrollera den med nyckeln från /public/log-key.
         */
        get: operations["LogStatementsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisationer som har publicerade remisser */
        get: operations["PublicApiController_organisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/organisations/{slug}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** En organisations remisser, öppna och avslutade, nyast först; sök på rubrik, diarienummer, mottagare och datum */
        get: operations["PublicApiController_cases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/organisations/{slug}/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** En remiss: utskickade handlingar, mottagare med status, inkomna remissvar och expedierade beslut i processens ordning */
        get: operations["PublicApiController_case"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/organisations/{slug}/registry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisationens diarium, nyast först (sidindelat); sekretessmarkerade ärendemeningar maskerade */
        get: operations["PublicApiController_registry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** En mottagares remiss eller rekommendation: ämne, meddelande, skickade dokument, sista dag och anstånd, kontaktpersoner hos avsändaren och senaste svaret (mottagaren och ärendets organisation) */
        get: operations["RecipientsController_getRecipient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Besvara en remiss */
        post: operations["RecipientsController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{id}/answer/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rätta ett remissvar (blir en ny version) */
        post: operations["RecipientsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{id}/answer/secrecy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sekretessmarkera mottagarens senaste remissvar (text, ställningstagande och bilagor), helt eller delvis */
        post: operations["SecrecyController_markAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{id}/answer/secrecy/unmark": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Häv sekretessmarkeringen av mottagarens senaste remissvar */
        post: operations["SecrecyController_unmarkAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{id}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Tilldela en mottagen remiss eller rekommendation en namngiven handläggare i er organisation (userId null tar bort tilldelningen) */
        put: operations["RecipientsController_setAssignee"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Beslutskedjan för en kommun: beredning, beslut (alla versioner), expediering och mottagande */
        get: operations["DecisionsController_chain"];
        put?: never;
        /**
         * Registrera ett beslut i nämnd, kommunstyrelse eller kommunfullmäktige
         * @description Nämndsekreterare registrerar sitt organs beslut: organ, sammanträdesdag, paragraf, beslut och justering (datum eller omedelbar justering). Svaret visar när anslaget om justeringen sattes upp och när tiden för laglighetsprövning (tre veckor) går ut. Ett beslut i kommunfullmäktige är alltid slutligt; nämndens eller kommunstyrelsens när beslutet är delegerat (final: true).
         */
        post: operations["DecisionsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Avstå från att svara */
        post: operations["RecipientsController_declineAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Expediera det slutliga beslutet till ärendets registrator (och fler mottagare) med protokollsutdraget bifogat
         * @description Kräver ett slutligt beslut (annars 409). Registreras i båda organisationernas diarier; brevet skickas en gång via utkorgen.
         */
        post: operations["DecisionsController_dispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{id}/extension-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Begär anstånd */
        post: operations["RecipientsController_requestExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{id}/inner-answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Svar i organisationens egna interna remisser under denna remiss (att bifoga i svaret som innerAnswerIds) */
        get: operations["RecipientsController_listInnerAnswers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{id}/preparations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registrera beredning (tjänsteutlåtande eller tjänsteskrivelse) av en rekommendation */
        post: operations["DecisionsController_prepare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registrera mottagandet av ett expedierat beslut (kansliet); avslutar kommunens rekommendationsomgång */
        post: operations["DecisionsController_receipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recipients/{id}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** En mottagares påminnelser: planerade, skickade, överhoppade (med skäl) och avbrutna (t.ex. av ett anstånd); för ärendets organisation och mottagarens */
        get: operations["RecipientsController_listReminders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Din organisations diarium, nyast först (sidindelat) */
        get: operations["RegistryController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Diariet som CSV för Excel (UTF-8 med BOM, semikolon som avgränsare) */
        get: operations["RegistryController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lägg till en användare och skicka inbjudan (en länk för att välja lösenord)
         * @description En organisations administratörer i sin organisation och dess nämnder, KSL:s administratörer i vilken som helst (organisationId); ett kansli i sin egen organisation, dock inte administratörer. kind system (bara administratörer): ett systemkonto för en integration, utan lösenord och inbjudan; det använder API-nycklar.
         */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stäng av ett konto: inloggning, varje token och API-nyckel nekas direkt
         * @description Inte det egna kontot (409 USERS.SELF_DEACTIVATION) och inte den sista aktiva administratören (409 USERS.LAST_ADMIN).
         */
        post: operations["UserAdminController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Skicka inbjudan igen (den förra länken slutar gälla)
         * @description 409 om användaren redan har ett lösenord, är avstängd eller är ett systemkonto.
         */
        post: operations["UserAdminController_resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Aktivera ett avstängt konto igen */
        post: operations["UserAdminController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ändra en användares roll
         * @description Den sista aktiva administratören kan inte bli av med rollen (409 USERS.LAST_ADMIN).
         */
        post: operations["UserAdminController_changeRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Skicka om en leverans (samma händelse och id; försöken börjar om) */
        post: operations["WebhooksController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisationens webhooks, nyaste först */
        get: operations["WebhooksController_list"];
        put?: never;
        /** Prenumerera på organisationens händelser med en webhook (hemligheten visas bara i detta svar) */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** En webhook */
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        /** Ta bort en webhook (och dess leveranslogg) */
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        /** Ändra adress, typer eller beskrivning, eller pausa och återuppta en webhook */
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leveransloggen: varje leverans med försök (tid, statuskod, varaktighet, fel), nyaste först */
        get: operations["WebhooksController_listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Skicka om alla leveranser som slutligt misslyckats sedan en tidpunkt */
        post: operations["WebhooksController_replayFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AdminUser: {
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            createdAt: string;
            deactivatedAt: string | null;
            email: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "person" | "system";
            lastSignInAt: string | null;
            name: string;
            /** @enum {string} */
            role: "secretariat" | "officer" | "secretary" | "admin";
            /**
             * @description active: kan logga in; invited: har inte valt lösenord; deactivated: avstängd
             * @enum {string}
             */
            status: "active" | "invited" | "deactivated";
        };
        AdminUserPage: {
            items: components["schemas"]["AdminUser"][];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        AnswerDocument: {
            filename: string;
            /** Format: uuid */
            id: string;
            title: string;
            version: number;
        };
        AnswerRequest: {
            documentIds?: string[];
            innerAnswerIds?: string[];
            /** @enum {string} */
            position: "tillstyrker" | "avstyrker" | "inga_synpunkter" | "synpunkter";
            /** Format: date-time */
            receivedAt?: string;
            text: string;
            theirRegistryNumber?: string;
        };
        AnswerResult: {
            /** Format: uuid */
            answerId: string;
            state: string;
            version: number;
        };
        ApiToken: {
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            createdAt: string;
            createdByName: string | null;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            name: string;
            revokedAt: string | null;
            /** @enum {string} */
            scope: "read" | "write";
            /** Format: uuid */
            userId: string;
            userName: string;
        };
        ApiTokenPage: {
            items: components["schemas"]["ApiToken"][];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        AssignRecipientRequest: {
            userId: string | null;
        };
        AuditEntry: {
            action: string;
            actorId: string | null;
            actorName: string;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            at: string;
            /** @description Vad som hände, i klartext */
            description: string;
            details: {
                [key: string]: unknown;
            };
            id: string;
            subjectName: string | null;
            subjectUserId: string | null;
        };
        AuditLogPage: {
            items: components["schemas"]["AuditEntry"][];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        CalendarFeedUrl: {
            /** Format: uuid */
            organisationId: string;
            /** @description Adressen att prenumerera på (med token) */
            url: string;
        };
        CaseDocument: {
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            createdAt: string;
            filename: string;
            /** Format: uuid */
            id: string;
            kind: string;
            mimeType: string;
            sha256: string;
            sizeBytes: number;
            supersedesId: string | null;
            title: string;
            version: number;
        };
        CaseEvent: {
            actorName: string | null;
            actorOrganisation: string | null;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            at: string;
            event: string;
            /** @description Händelsens id (ett heltal som text) */
            id: string;
            /** @description Händelsens uppgifter (bara för ärendets egen organisation) */
            payload?: {
                [key: string]: unknown;
            };
            recipientId: string | null;
            stateAfter: string | null;
            stateBefore: string | null;
        };
        CaseEventPage: {
            /** @description Adressen till sidan före denna; null när det inte finns fler */
            historyNext: string | null;
            items: components["schemas"]["CaseEvent"][];
            /** @description Skicka som cursor (eller before) för sidan före denna; null när det inte finns fler */
            nextCursor: string | null;
        };
        CasePage: {
            items: components["schemas"]["CaseSummary"][];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        CaseStepResult: {
            /** @description Ärendets tillstånd efter steget */
            state: string;
            /** @description Radens version efter steget */
            version: number;
        };
        CaseSummary: {
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            orderedBy: string;
            /** Format: uuid */
            organisationId: string;
            /** @description Mottagaren som en intern remiss hör till */
            parentRecipientId: string | null;
            registryNumber: string;
            state: string;
            title: string;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            updatedAt: string;
            version: number;
        };
        CaseView: {
            acceptedEvents: string[];
            /** @description Processens arbetsdata (bara för ärendets egen organisation) */
            context?: {
                [key: string]: unknown;
            } | null;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            createdAt: string;
            description: string;
            documents: components["schemas"]["CaseDocument"][];
            /** @description De senaste händelserna, äldst först */
            events: components["schemas"]["CaseEvent"][];
            /** @description Adressen till sidan med händelserna före dessa; null när allt visas */
            historyNext: string | null;
            /** Format: uuid */
            id: string;
            /** @description Loggens kontrollsumma: hashen av ärendets senaste händelserad */
            logHead: string;
            matrix: components["schemas"]["MatrixRow"][];
            orderedBy: string;
            /** Format: uuid */
            organisationId: string;
            /** @description Mottagaren som en intern remiss hör till */
            parentRecipientId: string | null;
            registryNumber: string;
            rounds: components["schemas"]["Round"][];
            state: string;
            title: string;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            updatedAt: string;
            version: number;
        };
        ChangeRoleRequest: {
            /** @enum {string} */
            role: "secretariat" | "officer" | "secretary" | "admin";
        };
        CloseRoundRequest: {
            /** Format: uuid */
            roundId: string;
        };
        Compilation: {
            round: {
                /**
                 * Format: date
                 * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
                 */
                deadline: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "remiss" | "recommendation";
                seq: number;
                subject: string;
            };
            rows: {
                answerDocuments: components["schemas"]["AnswerDocument"][];
                answeredAt: string | null;
                answerVersion: number | null;
                /**
                 * Format: date
                 * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
                 */
                deadline: string;
                /** @description En rekommendationsmottagares slutliga beslut (senaste versionen), när det är fattat */
                decision: {
                    bodyName: string;
                    immediate: boolean;
                    meetingDate: string;
                    /** @enum {string} */
                    outcome: "adopt" | "notAdopt" | "answer" | "other";
                    paragraph: string;
                } | null;
                extensions: number;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                /**
                 * Format: date
                 * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
                 */
                originalDeadline: string;
                /** @description Utfallet: answered, declined, noAnswer eller beslutets utfall (adopt, notAdopt, …) */
                outcome: string | null;
                overdue: boolean;
                pendingExtension: {
                    /** Format: uuid */
                    id: string;
                    reason: string;
                    /**
                     * Format: date
                     * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
                     */
                    requestedDate: string;
                } | null;
                position: ("tillstyrker" | "avstyrker" | "inga_synpunkter" | "synpunkter") | null;
                /** Format: uuid */
                recipientId: string;
                /** Format: uuid */
                roundId: string;
                /** @enum {string} */
                roundKind: "remiss" | "recommendation";
                roundSeq: number;
                state: string;
                statusLabel: string;
                summary: string | null;
                theirRegistryNumber: string | null;
            }[];
            totals: {
                answered: number;
                byOutcome: {
                    [key: string]: number;
                };
                byPosition: {
                    [key: string]: number;
                };
                declined: number;
                extensions: number;
                late: number;
                noAnswer: number;
                overdue: number;
                recipients: number;
            };
        };
        ConflictError: {
            /** @description De händelser som tillståndet tar emot nu (tom när inget tillstånd berörs) */
            acceptedEvents: string[];
            /** @description Stabil kod för program, t.ex. VALIDATION.INVALID_INPUT eller PROCESS.EVENT_NOT_ACCEPTED */
            code: string;
            /** @description Händelsen som inte godtogs */
            event?: string;
            /** @description Vid 400 och 413: varje fält som inte godtogs */
            issues?: components["schemas"]["FieldIssue"][];
            /** @description Vad som gick fel, på svenska, för människor */
            message: string;
            /** @description Vid 429: sekunder att vänta (också i Retry-After) */
            retryAfterSeconds?: number;
            /** @description Det aktuella tillståndet (null när konflikten inte gäller ett tillstånd, t.ex. ett upptaget diarienummer) */
            state: string | null;
            statusCode: number;
        } & {
            [key: string]: unknown;
        };
        Contact: {
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "secretariat" | "officer" | "secretary" | "admin";
        };
        CreateApiTokenRequest: {
            name: string;
            /** @enum {string} */
            scope: "read" | "write";
            userId: string;
        };
        CreateCaseRequest: {
            description?: string;
            orderedBy?: string;
            /** Format: uuid */
            parentRecipientId?: string;
            registryNumber?: string;
            title: string;
        };
        CreatedApiToken: {
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            createdAt: string;
            createdByName: string | null;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            name: string;
            revokedAt: string | null;
            /** @enum {string} */
            scope: "read" | "write";
            /** @description Nyckeln (rmt_…); visas bara i detta svar */
            token: string;
            /** Format: uuid */
            userId: string;
            userName: string;
        };
        CreatedCase: {
            /** Format: uuid */
            id: string;
            registryNumber: string;
        };
        CreateGroupRequest: {
            memberIds: string[];
            name: string;
            slug: string;
        };
        CreateOrganisationRequest: {
            caseNumberFormat?: string;
            documentNumberFormat?: string;
            /** @enum {string} */
            kind: "region" | "municipality" | "committee" | "agency" | "other";
            name: string;
            parentId?: string | null;
            /** Format: email */
            registryEmail: string;
            registryPrefix: string;
            slug: string;
        };
        CreateUserRequest: {
            /** Format: email */
            email: string;
            /** @enum {string} */
            kind?: "person" | "system";
            name: string;
            organisationId?: string | null;
            /** @enum {string} */
            role: "secretariat" | "officer" | "secretary" | "admin";
        };
        DeadlineCheck: {
            calendarDays: number;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            deadline: string;
            deadlineText: string;
            inPast: boolean;
            isWorkingDay: boolean;
            nonWorkingReason: string | null;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            suggestedDeadline: string;
            suggestedDeadlineText: string;
            warnings: components["schemas"]["DeadlineWarning"][];
            workingDays: number;
        };
        DeadlineWarning: {
            /** @enum {string} */
            code: "DEADLINE.NON_WORKING_DAY" | "DEADLINE.SHORTER_THAN_MINIMUM" | "DEADLINE.IN_PAST";
            /** @description Varningen på svenska */
            message: string;
            /** @description Datumet att välja i stället (nästa arbetsdag, eller första dag som ger minsta remisstid); null när inget föreslås */
            suggestedDeadline: string | null;
        };
        Decision: {
            /** @description Sista dag för laglighetsprövning (tre veckor efter anslaget) */
            appealWindowCloses: string | null;
            /** @enum {string} */
            bodyKind: "committee" | "board" | "council";
            bodyName: string;
            /** Format: uuid */
            caseId: string;
            /**
             * Format: uuid
             * @description Det första beslutets id; alla rättade versioner delar det
             */
            chainId: string;
            correctionReason: string | null;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            createdAt: string;
            documentId: string | null;
            final: boolean;
            /** Format: uuid */
            id: string;
            immediate: boolean;
            immediateJustering: boolean;
            justeringDate: string | null;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            meetingDate: string;
            noticePostedDate: string | null;
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            outcome: "adopt" | "notAdopt" | "answer" | "other";
            outcomeLabel: string;
            paragraph: string;
            /** Format: uuid */
            recipientId: string;
            superseded: boolean;
            supersedesId: string | null;
            text: string;
            version: number;
        };
        DecisionChain: {
            acceptedEvents: string[];
            /** Format: uuid */
            caseId: string;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            deadline: string;
            decisions: components["schemas"]["Decision"][];
            dispatch: components["schemas"]["DispatchView"] | null;
            finalDecision: components["schemas"]["Decision"] | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            preparations: components["schemas"]["Preparation"][];
            /** Format: uuid */
            recipientId: string;
            state: string;
        };
        DecisionCorrectionRequest: {
            bodyName?: string;
            /** Format: uuid */
            documentId?: string;
            immediate?: boolean;
            justeringDate?: string;
            meetingDate?: string;
            noticePostedDate?: string;
            /** @enum {string} */
            outcome?: "adopt" | "notAdopt" | "answer" | "other";
            paragraph?: string;
            reason: string;
            text?: string;
        };
        DecisionRequest: {
            /** @enum {string} */
            bodyKind: "committee" | "board" | "council";
            bodyName: string;
            /** Format: uuid */
            documentId?: string;
            final?: boolean;
            immediate?: boolean;
            justeringDate?: string;
            meetingDate: string;
            noticePostedDate?: string;
            /** @enum {string} */
            outcome: "adopt" | "notAdopt" | "answer" | "other";
            paragraph: string;
            text: string;
        };
        DecisionResult: {
            /** @description Sista dag för laglighetsprövning (tre veckor efter anslaget) */
            appealWindowCloses: string | null;
            /** @enum {string} */
            bodyKind: "committee" | "board" | "council";
            bodyName: string;
            /** Format: uuid */
            caseId: string;
            /**
             * Format: uuid
             * @description Det första beslutets id; alla rättade versioner delar det
             */
            chainId: string;
            correctionReason: string | null;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            createdAt: string;
            documentId: string | null;
            final: boolean;
            /** Format: uuid */
            id: string;
            immediate: boolean;
            immediateJustering: boolean;
            justeringDate: string | null;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            meetingDate: string;
            noticePostedDate: string | null;
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            outcome: "adopt" | "notAdopt" | "answer" | "other";
            outcomeLabel: string;
            paragraph: string;
            /** Format: uuid */
            recipientId: string;
            state: string;
            superseded: boolean;
            supersedesId: string | null;
            text: string;
            version: number;
        };
        DeclineRequest: {
            reason: string;
        };
        DeliveryProblems: {
            reminders: {
                /** Format: uuid */
                caseId: string;
                caseRegistryNumber: string;
                caseTitle: string;
                deadline: string | null;
                doneAt: string | null;
                /** Format: uuid */
                id: string;
                key: string;
                kind: string;
                organisationName: string | null;
                reason: string | null;
                /** @enum {string} */
                status: "failed" | "uncertain";
            }[];
            /** @description Brev som skickades igen med samma Message-ID efter ett okänt utfall */
            resentMails: {
                dedupeKey: string;
                id: string;
                /** @description Message-ID som varje kopia bar */
                messageId: string | null;
                resendReason: string | null;
                resends: number;
                resentAt: string | null;
                sentAt: string | null;
                /** @enum {string} */
                status: "sending" | "sent" | "failed" | "uncertain";
                subject: string;
                template: string;
                to: string;
            }[];
            uncertainMails: {
                attemptedAt: string | null;
                dedupeKey: string;
                error: string | null;
                id: string;
                subject: string;
                template: string;
                to: string;
            }[];
        };
        DenyExtensionRequest: {
            comment: string;
        };
        DispatchRequest: {
            addresses?: string[];
            theirRegistryNumber?: string;
        };
        DispatchResult: {
            /** Format: uuid */
            decisionId: string;
            /** Format: uuid */
            dispatchId: string;
            receiverRegistryNumber: string;
            senderRegistryNumber: string;
            state: string;
            subject: string;
            to: string[];
        };
        DispatchView: {
            /** Format: uuid */
            decisionId: string;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            dispatchedAt: string;
            /** Format: uuid */
            id: string;
            receiptRegistryNumber: string | null;
            receivedAt: string | null;
            receiverRegistryNumber: string | null;
            senderRegistryNumber: string;
            to: string[];
        };
        Document: {
            answerId: string | null;
            caseId: string | null;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            createdAt: string;
            filename: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "draft" | "adjusted" | "remiss" | "answer" | "decision" | "minutes_extract" | "other";
            mimeType: string;
            /** Format: uuid */
            organisationId: string;
            roundId: string | null;
            sha256: string;
            sizeBytes: number;
            supersedesId: string | null;
            title: string;
            version: number;
        };
        DocumentDetail: {
            answerId: string | null;
            caseId: string | null;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            createdAt: string;
            filename: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "draft" | "adjusted" | "remiss" | "answer" | "decision" | "minutes_extract" | "other";
            /** Format: uuid */
            latestVersionId: string;
            mimeType: string;
            /** Format: uuid */
            organisationId: string;
            roundId: string | null;
            sha256: string;
            sizeBytes: number;
            supersedesId: string | null;
            title: string;
            version: number;
            versions: {
                /**
                 * Format: date-time
                 * @description Tidpunkt, ISO 8601 (UTC)
                 */
                createdAt: string;
                filename: string;
                /** Format: uuid */
                id: string;
                sha256: string;
                sizeBytes: number;
                title: string;
                version: number;
            }[];
        };
        DocumentRefRequest: {
            /** Format: uuid */
            documentId: string;
        };
        Error: {
            acceptedEvents?: string[];
            /** @description Stabil kod för program, t.ex. VALIDATION.INVALID_INPUT eller PROCESS.EVENT_NOT_ACCEPTED */
            code: string;
            /** @description Vid 400 och 413: varje fält som inte godtogs */
            issues?: components["schemas"]["FieldIssue"][];
            /** @description Vad som gick fel, på svenska, för människor */
            message: string;
            /** @description Vid 429: sekunder att vänta (också i Retry-After) */
            retryAfterSeconds?: number;
            state?: string | null;
            statusCode: number;
        } & {
            [key: string]: unknown;
        };
        EventTypes: {
            label: string;
            /** @enum {string} */
            scope: "case" | "recipient";
            /** @description CloudEvents-typen, t.ex. se.remiss.answer.received */
            type: string;
        }[];
        ExtensionDenied: {
            /**
             * Format: date
             * @description Sista dagen, som förut
             */
            deadline: string;
            state: string;
        };
        ExtensionGranted: {
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            deadline: string;
            state: string;
            warnings: components["schemas"]["DeadlineWarning"][];
        };
        ExtensionRequest: {
            /** Format: uuid */
            caseId: string;
            caseRegistryNumber: string;
            caseTitle: string;
            comment: string | null;
            decidedAt: string | null;
            grantedDate: string | null;
            /** Format: uuid */
            id: string;
            organisationName: string;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            previousDeadline: string;
            reason: string;
            /** Format: uuid */
            recipientId: string;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            requestedAt: string;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            requestedDate: string;
            /** @enum {string} */
            status: "pending" | "granted" | "denied" | "withdrawn";
        };
        ExtensionRequested: {
            /** Format: uuid */
            extensionRequestId: string;
            state: string;
            warnings: components["schemas"]["DeadlineWarning"][];
        };
        ExtensionRequestPage: {
            items: components["schemas"]["ExtensionRequest"][];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        ExtensionRequestRequest: {
            reason: string;
            requestedDate: string;
        };
        ExtensionView: {
            comment: string | null;
            decidedAt: string | null;
            grantedDate: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            previousDeadline: string;
            reason: string;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            requestedAt: string;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            requestedDate: string;
            /** @enum {string} */
            status: "pending" | "granted" | "denied" | "withdrawn";
        };
        FieldIssue: {
            /** @description Fältet, t.ex. deadline eller organisationIds.0 */
            field: string;
            /** @description Varför, på svenska */
            reason: string;
        };
        /** @description Filens innehåll */
        FileContent: string;
        ForgotPasswordRequest: {
            email: string;
        };
        GrantExtensionRequest: {
            comment?: string;
            newDeadline?: string;
        };
        Group: {
            /** Format: uuid */
            id: string;
            members: {
                /** Format: uuid */
                id: string;
                name: string;
                slug: string;
            }[];
            name: string;
            slug: string;
        };
        GroupPage: {
            items: components["schemas"]["Group"][];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        IdentityProviderPage: {
            items: ({
                allowedDomains?: (string | null)[];
                clientId?: string | null;
                displayName?: string | null;
                enabled?: boolean | null;
                hasClientSecret?: boolean | null;
                issuerUrl?: string | null;
                organisationId?: string | null;
                roleClaim?: string | null;
                roleMapping?: ({
                    role?: string | null;
                    value?: string | null;
                } & {
                    [key: string]: unknown;
                })[];
            } & {
                [key: string]: unknown;
            })[];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        InboxItem: {
            answeredAt: string | null;
            assignee: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: uuid */
            caseId: string;
            caseRegistryNumber: string;
            caseTitle: string;
            daysLeft: number;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            deadline: string;
            decision: {
                bodyName: string;
                meetingDate: string;
                outcome: string;
                paragraph: string;
            } | null;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            originalDeadline: string;
            position: string | null;
            /** Format: uuid */
            recipientId: string;
            /** @enum {string} */
            roundKind: "remiss" | "recommendation";
            senderName: string;
            state: string;
            subject: string;
        };
        InboxPage: {
            items: components["schemas"]["InboxItem"][];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        InnerAnswer: {
            /** Format: uuid */
            answerId: string;
            caseTitle: string;
            organisationName: string;
            /** @enum {string} */
            position: "tillstyrker" | "avstyrker" | "inga_synpunkter" | "synpunkter";
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            receivedAt: string;
        };
        InnerAnswerPage: {
            items: components["schemas"]["InnerAnswer"][];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        Liveness: {
            /** @constant */
            status: "ok";
        };
        LoginRequest: {
            email: string;
            password: string;
        };
        LoginResult: {
            /** @description Bearer-token (JWT) */
            token: string;
            user: components["schemas"]["SignedInUser"];
        };
        LogStatementPage: {
            items: ({
                cases?: number | null;
                day?: string | null;
                id?: string | null;
                keyId?: string | null;
                madeAt?: string | null;
                url?: string | null;
            } & {
                [key: string]: unknown;
            })[];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        LogVerification: {
            /** Format: uuid */
            caseId: string;
            computedHead: string;
            firstMismatch: {
                at: string | null;
                atText: string | null;
                event: string | null;
                eventText: string | null;
                message: string;
                mismatch: string[];
                position: number;
                rowId: string | null;
            } | null;
            /** @description Loggens kontrollsumma som ärendet visar */
            head: string;
            message: string;
            ok: boolean;
            rows: number;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            verifiedAt: string;
            verifiedRows: number;
        };
        MailLogEntry: {
            caseId: string | null;
            caseRegistryNumber: string | null;
            caseTitle: string | null;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            createdAt: string;
            id: string;
            sentAt: string | null;
            status: string;
            subject: string;
            template: string;
            to: string;
        };
        MailLogPage: {
            items: components["schemas"]["MailLogEntry"][];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        MarkNotificationsReadRequest: {
            all?: boolean;
            ids?: string[];
        };
        MarkSecretRequest: {
            /**
             * @description Hela handlingen eller delar av den
             * @enum {string}
             */
            extent: "whole" | "part";
            /** @description Lagrummet, t.ex. "OSL 21 kap. 7 §" */
            legalGround: string;
            /** @description Ärendemeningen som det offentliga diariet visar i stället (vid sekretess i delar) */
            maskedSubject?: string;
            /** @description Varför handlingen sekretessmarkeras */
            reason: string;
        };
        MatrixRow: {
            answerDocuments: components["schemas"]["AnswerDocument"][];
            answeredAt: string | null;
            answerVersion: number | null;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            deadline: string;
            /** @description En rekommendationsmottagares slutliga beslut (senaste versionen), när det är fattat */
            decision: {
                bodyName: string;
                immediate: boolean;
                meetingDate: string;
                /** @enum {string} */
                outcome: "adopt" | "notAdopt" | "answer" | "other";
                paragraph: string;
            } | null;
            extensions: number;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            originalDeadline: string;
            /** @description Utfallet: answered, declined, noAnswer eller beslutets utfall (adopt, notAdopt, …) */
            outcome: string | null;
            overdue: boolean;
            pendingExtension: {
                /** Format: uuid */
                id: string;
                reason: string;
                /**
                 * Format: date
                 * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
                 */
                requestedDate: string;
            } | null;
            position: ("tillstyrker" | "avstyrker" | "inga_synpunkter" | "synpunkter") | null;
            /** Format: uuid */
            recipientId: string;
            /** Format: uuid */
            roundId: string;
            state: string;
            theirRegistryNumber: string | null;
        };
        NotificationPage: {
            items: ({
                caseId?: string | null;
                createdAt?: string | null;
                id?: string | null;
                kind?: string | null;
                link?: string | null;
                read?: boolean | null;
                recipientId?: string | null;
                text?: string | null;
                title?: string | null;
            } & {
                [key: string]: unknown;
            })[];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        NotificationsMarkedRead: {
            marked: number;
            unread: number;
        };
        Organisation: {
            caseNumberFormat: string;
            documentNumberFormat: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "region" | "municipality" | "committee" | "agency" | "other";
            name: string;
            parentId: string | null;
            parentName: string | null;
            passwordSignIn: boolean;
            registryEmail: string;
            registryPrefix: string;
            slug: string;
        };
        OrganisationDetail: {
            caseNumberFormat: string;
            children: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            contacts: components["schemas"]["Contact"][];
            documentNumberFormat: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "region" | "municipality" | "committee" | "agency" | "other";
            name: string;
            parentId: string | null;
            parentName: string | null;
            passwordSignIn: boolean;
            registryEmail: string;
            registryPrefix: string;
            slug: string;
        };
        OrganisationPage: {
            items: components["schemas"]["Organisation"][];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        OutboxMails: {
            mails: {
                name: string;
                sizeBytes: number;
                /**
                 * Format: date-time
                 * @description Tidpunkt, ISO 8601 (UTC)
                 */
                writtenAt: string;
            }[];
            /** @description true: SMTP_URL är satt och brev skickas (listan är då tom eller gammal) */
            smtpConfigured: boolean;
        };
        Party: {
            decision: {
                /** @enum {string} */
                bodyKind: "committee" | "board" | "council";
                bodyName: string;
                id: string | null;
                /**
                 * Format: date
                 * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
                 */
                meetingDate: string;
                /** @enum {string} */
                outcome: "adopt" | "notAdopt" | "answer" | "other";
                paragraph: string;
                version: number;
            } | null;
            dispatchedAt: string | null;
            inForceFrom: string | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            receivedAt: string | null;
            recipientId: string | null;
            recipientState: string | null;
            /** @enum {string} */
            status: "party" | "nonParty" | "pending" | "terminating" | "terminated";
            statusLabel: string;
            terminationNoticeReached: string | null;
            terminationTakesEffect: string | null;
        };
        PartyRegister: {
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            asOf: string;
            /** Format: uuid */
            caseId: string;
            counts: {
                nonParty: number;
                party: number;
                pending: number;
                terminated: number;
                terminating: number;
            };
            parties: components["schemas"]["Party"][];
            registryNumber: string;
            title: string;
        };
        PasswordLink: {
            email: string;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            expiresAt: string;
            name: string;
            organisationName: string;
            /** @enum {string} */
            purpose: "invitation" | "reset";
        };
        PasswordLinkRequest: {
            token: string;
        };
        PasswordResetRequested: {
            message: string;
        };
        PasswordSet: {
            email: string;
        };
        PasswordSignInRequest: {
            enabled: boolean;
        };
        PasswordSignInSetting: {
            /** Format: uuid */
            organisationId: string;
            passwordSignIn: boolean;
        };
        Preparation: {
            author: string;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            createdAt: string;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            date: string;
            documentId: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "tjansteutlatande" | "tjansteskrivelse" | "tjansteanteckning";
            title: string;
        };
        PreparationRequest: {
            author: string;
            date: string;
            /** Format: uuid */
            documentId?: string;
            /** @enum {string} */
            kind: "tjansteutlatande" | "tjansteskrivelse" | "tjansteanteckning";
            title: string;
        };
        PreparationResult: {
            author: string;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            createdAt: string;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            date: string;
            documentId: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "tjansteutlatande" | "tjansteskrivelse" | "tjansteanteckning";
            state: string;
            title: string;
        };
        PublicCasePage: {
            items: ({
                answers?: number | null;
                deadline?: string | null;
                id?: string | null;
                open?: boolean | null;
                recipients?: number | null;
                registryNumber?: string | null;
                sender?: {
                    name?: string | null;
                    slug?: string | null;
                } & {
                    [key: string]: unknown;
                };
                sentDate?: string | null;
                status?: string | null;
                title?: string | null;
            } & {
                [key: string]: unknown;
            })[];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        PublicRegistryPage: {
            items: ({
                caseRegistryNumber?: string | null;
                counterpart?: string | null;
                date?: string | null;
                direction?: string | null;
                directionLabel?: string | null;
                externalNumber?: unknown;
                number?: string | null;
                secrecy?: unknown;
                subject?: string | null;
            } & {
                [key: string]: unknown;
            })[];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        Readiness: {
            details: {
                [key: string]: {
                    status: string;
                } & {
                    [key: string]: unknown;
                };
            };
            error?: {
                [key: string]: {
                    status: string;
                } & {
                    [key: string]: unknown;
                };
            };
            info?: {
                [key: string]: {
                    status: string;
                } & {
                    [key: string]: unknown;
                };
            };
            /** @enum {string} */
            status: "ok" | "error" | "shutting_down";
        };
        ReceiptRequest: {
            registryNumber?: string;
        };
        ReceiptResult: {
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            receivedAt: string;
            registryNumber: string;
            state: string;
        };
        RecipientAssignment: {
            assignee: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: uuid */
            recipientId: string;
        };
        RecipientReminders: {
            /**
             * Format: date
             * @description Mottagarens svarsdag nu
             */
            deadline: string;
            items: {
                /**
                 * Format: date
                 * @description Svarsdagen påminnelsen planerades för
                 */
                deadline: string;
                doneAt: string | null;
                /**
                 * Format: date-time
                 * @description Tidpunkt, ISO 8601 (UTC)
                 */
                dueAt: string;
                /** Format: uuid */
                id: string;
                key: string;
                /** @enum {string} */
                kind: "before" | "deadline" | "overdue";
                reason: string | null;
                /** @enum {string} */
                status: "planned" | "sent" | "skipped" | "cancelled" | "failed" | "uncertain";
            }[];
            /** Format: uuid */
            recipientId: string;
        };
        RecipientView: {
            answer: {
                documents: components["schemas"]["SentDocument"][];
                /** @enum {string} */
                position: "tillstyrker" | "avstyrker" | "inga_synpunkter" | "synpunkter";
                /**
                 * Format: date-time
                 * @description Tidpunkt, ISO 8601 (UTC)
                 */
                receivedAt: string;
                text: string;
                theirRegistryNumber: string | null;
                version: number;
            } | null;
            answeredAt: string | null;
            /** @description För den mottagande organisationen: vem den kan tilldelas */
            assignable: {
                /** Format: uuid */
                id: string;
                name: string;
                role: string;
            }[];
            /** @description Den namngivna handläggaren (id bara för den mottagande organisationen) */
            assignee: {
                email: string;
                id: string | null;
                name: string;
            } | null;
            case: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                organisationId: string;
                registryNumber: string;
                title: string;
            };
            daysLeft: number;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            deadline: string;
            documents: components["schemas"]["SentDocument"][];
            extensions: components["schemas"]["ExtensionView"][];
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            originalDeadline: string;
            /** @description Den mottagande organisationens eget diarienummer för ärendet */
            ownRegistryNumber: string | null;
            /** Format: uuid */
            recipientId: string;
            round: {
                closedAt: string | null;
                /**
                 * Format: date
                 * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
                 */
                deadline: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "remiss" | "recommendation";
                message: string;
                /**
                 * Format: date-time
                 * @description Tidpunkt, ISO 8601 (UTC)
                 */
                sentAt: string;
                seq: number;
                subject: string;
            };
            sender: {
                contacts: {
                    email: string;
                    name: string;
                }[];
                organisationName: string;
                registryEmail: string | null;
            };
            state: string;
        };
        RegistryEntry: {
            case: {
                /** Format: uuid */
                id: string;
                registryNumber: string;
                title: string;
            } | null;
            /** @description Diarienumret för ärendet posten hör till i organisationens eget diarium */
            caseNumber: string | null;
            counterpart: string;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            date: string;
            /** @enum {string} */
            direction: "in" | "out" | "internal";
            document: {
                filename: string;
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
            /** @description Motpartens diarienummer */
            externalNumber: string | null;
            /** @description Tidigare diarienummer (när numret ändrades) */
            formerNumber: string | null;
            /** Format: uuid */
            id: string;
            /** @description Diarienummer */
            number: string;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            registeredAt: string;
            subject: string;
        };
        RegistryFormatRequest: {
            caseNumberFormat: string;
            documentNumberFormat: string;
        };
        RegistryPage: {
            items: components["schemas"]["RegistryEntry"][];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        ReminderPolicy: {
            beforeDays: number[];
            hour: number;
            onDeadlineDay: boolean;
            overdueAfterDays: number;
            overdueMaxCount: number;
            overdueRepeatDays: number;
        };
        ReminderPolicyView: {
            beforeDays: number[];
            hour: number;
            onDeadlineDay: boolean;
            overdueAfterDays: number;
            overdueMaxCount: number;
            overdueRepeatDays: number;
        };
        Round: {
            closedAt: string | null;
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            deadline: string;
            documentId: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "remiss" | "recommendation";
            message: string;
            reminderPolicy: components["schemas"]["ReminderPolicyView"] | null;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            sentAt: string;
            seq: number;
            subject: string;
        };
        SecrecyMarking: {
            /** @enum {string} */
            extent: "whole" | "part";
            /** Format: uuid */
            id: string;
            legalGround: string;
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            markedAt: string;
            markedBy: string | null;
            maskedSubject: string | null;
            reason: string;
            /** @description För ett remissvar: mottagaren (svarets sekretessadresser tar mottagaren) */
            recipientId: string | null;
            /** Format: uuid */
            targetId: string;
            /** @enum {string} */
            targetKind: "document" | "answer";
            targetTitle: string;
            unmarkedAt: string | null;
            unmarkedBy: string | null;
            unmarkReason: string | null;
        };
        SecrecyMarkingList: components["schemas"]["SecrecyMarking"][];
        SeminarRequest: {
            date: string;
            invited?: string[];
            place: string;
        };
        SendRoundRequest: {
            deadline: string;
            /** Format: uuid */
            documentId?: string;
            groupIds?: string[];
            message?: string;
            organisationIds?: string[];
            reminderPolicy?: components["schemas"]["ReminderPolicy"];
            subject?: string;
        };
        SentDocument: {
            /**
             * Format: date-time
             * @description Tidpunkt, ISO 8601 (UTC)
             */
            createdAt: string;
            filename: string;
            /** Format: uuid */
            id: string;
            kind: string;
            mimeType: string;
            sizeBytes: number;
            title: string;
            version: number;
        };
        SentRound: {
            /**
             * Format: date
             * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
             */
            deadline: string;
            /** @description Antal mottagare */
            recipients: number;
            /** @description Utgående diarienummer */
            registryNumber: string;
            /** Format: uuid */
            roundId: string;
            seq: number;
            state: string;
            warnings: components["schemas"]["DeadlineWarning"][];
            workingDays: number;
        };
        SetPasswordRequest: {
            password: string;
            token: string;
        };
        SignedInUser: {
            /** @description Bara med sessionskakan: skickas i X-CSRF-Token på POST/PUT/PATCH/DELETE */
            csrfToken?: string;
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            organisationSlug: string;
            /** @enum {string} */
            role: "secretariat" | "officer" | "secretary" | "admin";
        };
        SignInPage: {
            items: ({
                at?: string | null;
                clientAddress?: string | null;
                email?: string | null;
                id?: string | null;
                method?: string | null;
                organisationId?: string | null;
                organisationName?: string | null;
                providerId?: string | null;
                providerName?: string | null;
                reason?: string | null;
                success?: boolean | null;
                userId?: unknown;
                userName?: unknown;
            } & {
                [key: string]: unknown;
            })[];
            /** @description Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan */
            nextCursor: string | null;
        };
        StateResult: {
            /** @description Tillståndet efter steget */
            state: string;
        };
        TerminationRequest: {
            note?: string;
            noticeReachedDate: string;
            /** Format: uuid */
            organisationId: string;
        };
        TerminationResult: {
            decision: {
                /** @enum {string} */
                bodyKind: "committee" | "board" | "council";
                bodyName: string;
                id: string | null;
                /**
                 * Format: date
                 * @description Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)
                 */
                meetingDate: string;
                /** @enum {string} */
                outcome: "adopt" | "notAdopt" | "answer" | "other";
                paragraph: string;
                version: number;
            } | null;
            dispatchedAt: string | null;
            inForceFrom: string | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            receivedAt: string | null;
            recipientId: string | null;
            recipientState: string | null;
            registryNumber: string;
            /** @enum {string} */
            status: "party" | "nonParty" | "pending" | "terminating" | "terminated";
            statusLabel: string;
            terminationNoticeReached: string | null;
            terminationTakesEffect: string | null;
        };
        TestMailQueued: {
            /** @description Brevjobbets id i kön */
            jobId: string;
        };
        TestMailRequest: {
            /** @description Mottagarens e-postadress */
            to: string;
        };
        UnmarkSecretRequest: {
            /** @description Varför markeringen hävs */
            reason: string;
        };
        UnreadNotifications: {
            unread: number;
        };
        UploadDocumentRequest: {
            /** @description PDF, DOCX eller ODT (innehållet avgör, inte namnet) */
            file: string;
            /** @enum {string} */
            kind: "draft" | "adjusted" | "remiss" | "answer" | "decision" | "minutes_extract" | "other";
            /** @description Gör uppladdningen till nästa version av detta dokument */
            supersedesId?: string;
            title: string;
        };
        User: {
            email: string;
            /** Format: uuid */
            id: string;
            invitationSent?: boolean;
            /** @enum {string} */
            kind?: "person" | "system";
            name: string;
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            role: "secretariat" | "officer" | "secretary" | "admin";
        };
        WithdrawRequest: {
            reason: string;
        };
    };
    responses: {
        /** @description Felaktig begäran: issues anger varje fält och varför */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 400,
                 *       "code": "VALIDATION.INVALID_INPUT",
                 *       "message": "deadline: måste vara ett datum i formen ÅÅÅÅ-MM-DD",
                 *       "issues": [
                 *         {
                 *           "field": "deadline",
                 *           "reason": "måste vara ett datum i formen ÅÅÅÅ-MM-DD"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Tillståndet tillåter inte steget, eller någon annan ändrade samtidigt: state och acceptedEvents anger läget nu */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 409,
                 *       "code": "PROCESS.EVENT_NOT_ACCEPTED",
                 *       "message": "Det går inte att börja ta fram förslaget nu: ärendet har status \"på remiss\".",
                 *       "event": "START_DRAFTING",
                 *       "state": "consultation",
                 *       "acceptedEvents": [
                 *         "CLOSE_ROUND",
                 *         "WITHDRAW"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ConflictError"];
            };
        };
        /** @description Rollen får inte göra detta */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 403,
                 *       "code": "AUTH.FORBIDDEN",
                 *       "message": "Du har inte behörighet att göra detta."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Finns inte, eller tillhör en annan organisation (försöket loggas) */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 404,
                 *       "code": "NOT_FOUND",
                 *       "message": "Ärendet hittades inte."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Begäran eller filen är för stor (se gränserna i dokumentets beskrivning) */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 413,
                 *       "code": "DOCUMENT.FILE_TOO_LARGE",
                 *       "message": "file: filen är för stor (högst 20 MB)",
                 *       "issues": [
                 *         {
                 *           "field": "file",
                 *           "reason": "filen är för stor (högst 20 MB)"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Databasen eller Redis kan inte nås; Retry-After anger när det är värt att försöka igen */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 503,
                 *       "code": "SERVICE.UNAVAILABLE",
                 *       "message": "Tjänsten är tillfälligt otillgänglig. Försök igen om 5 sekunder."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description För många försök; Retry-After anger sekunder att vänta */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 429,
                 *       "code": "AUTH.RATE_LIMITED",
                 *       "message": "För många misslyckade inloggningsförsök. Försök igen om 900 sekunder.",
                 *       "retryAfterSeconds": 900
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Inte inloggad (token saknas, har gått ut eller är återkallad) */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 401,
                 *       "code": "AUTH.UNAUTHENTICATED",
                 *       "message": "Du måste logga in."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Samma Idempotency-Key med ett annat innehåll */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 422,
                 *       "code": "IDEMPOTENCY.KEY_REUSED",
                 *       "message": "Idempotency-Key har redan använts med ett annat innehåll."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    FailedRemindersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "resentMails": [],
                     *       "reminders": [
                     *         {
                     *           "id": "2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7",
                     *           "status": "failed",
                     *           "kind": "before",
                     *           "key": "before:14",
                     *           "deadline": "2013-04-30",
                     *           "reason": "mottagaren saknas",
                     *           "caseId": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
                     *           "caseTitle": "Revidering av överenskommelsen om nyanlända",
                     *           "caseRegistryNumber": "KSL/12/0053",
                     *           "organisationName": "Ekerö kommun",
                     *           "doneAt": "2013-04-16T06:00:00.000Z"
                     *         }
                     *       ],
                     *       "uncertainMails": []
                     *     }
                     */
                    "application/json": components["schemas"]["DeliveryProblems"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    IdentityProvidersController_list: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "organisationId": "3f0e6a4c-8f0d-4a51-9c0e-1d2f3a4b5c6d",
                     *           "displayName": "Ekerö kommun",
                     *           "issuerUrl": "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
                     *           "clientId": "11111111-2222-3333-4444-555555555555",
                     *           "allowedDomains": [
                     *             "ekero.se"
                     *           ],
                     *           "roleClaim": "groups",
                     *           "roleMapping": [
                     *             {
                     *               "value": "Remiss-Handlaggare",
                     *               "role": "officer"
                     *             },
                     *             {
                     *               "value": "Remiss-Namndsekreterare",
                     *               "role": "secretary"
                     *             }
                     *           ],
                     *           "enabled": true,
                     *           "hasClientSecret": true
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["IdentityProviderPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    IdentityProvidersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organisationId": "3f0e6a4c-8f0d-4a51-9c0e-1d2f3a4b5c6d",
                 *       "displayName": "Ekerö kommun",
                 *       "issuerUrl": "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
                 *       "clientId": "11111111-2222-3333-4444-555555555555",
                 *       "clientSecret": "hemlighet-från-entra",
                 *       "allowedDomains": [
                 *         "ekero.se"
                 *       ],
                 *       "roleClaim": "groups",
                 *       "roleMapping": [
                 *         {
                 *           "value": "Remiss-Handlaggare",
                 *           "role": "officer"
                 *         },
                 *         {
                 *           "value": "Remiss-Namndsekreterare",
                 *           "role": "secretary"
                 *         }
                 *       ],
                 *       "enabled": true
                 *     }
                 */
                "application/json": {
                    /** @description E-postdomäner som får logga in med leverantören */
                    allowedDomains: string[];
                    clientId: string;
                    /** @description Klienthemlighet; visas aldrig igen. Utan: offentlig klient (bara PKCE) */
                    clientSecret?: string;
                    /** @description Visas som "Logga in med <namn>" */
                    displayName: string;
                    /** @default true */
                    enabled?: boolean;
                    /** @description Utfärdarens adress (issuer); /.well-known/openid-configuration läses därifrån */
                    issuerUrl: string;
                    /**
                     * Format: uuid
                     * @description Organisationen som användarna skapas i
                     */
                    organisationId: string;
                    /**
                     * @description Anspråket (claim) som bär grupperna eller rollerna, t.ex. groups eller roles
                     * @default groups
                     */
                    roleClaim?: string;
                    /** @description Grupp- eller rollvärde → roll; första träffen i listans ordning gäller */
                    roleMapping: {
                        /** @enum {string} */
                        role: "secretariat" | "officer" | "secretary" | "admin";
                        value: string;
                    }[];
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowedDomains?: string[];
                        clientId?: string;
                        /** @description false: hemligheten sparades med en annan JWT_SECRET och måste anges igen */
                        clientSecretReadable?: boolean;
                        /** Format: date-time */
                        createdAt?: string;
                        displayName?: string;
                        enabled?: boolean;
                        /** @description Hemligheten själv visas aldrig */
                        hasClientSecret?: boolean;
                        /** Format: uuid */
                        id?: string;
                        issuerUrl?: string;
                        /** Format: uuid */
                        organisationId?: string;
                        organisationName?: string;
                        /** @description Registrera denna som omdirigerings-URI hos leverantören */
                        redirectUrl?: string;
                        roleClaim?: string;
                        roleMapping?: {
                            role?: string;
                            value?: string;
                        }[];
                        /** Format: date-time */
                        updatedAt?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    IdentityProvidersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowedDomains?: string[];
                        clientId?: string;
                        /** @description false: hemligheten sparades med en annan JWT_SECRET och måste anges igen */
                        clientSecretReadable?: boolean;
                        /** Format: date-time */
                        createdAt?: string;
                        displayName?: string;
                        enabled?: boolean;
                        /** @description Hemligheten själv visas aldrig */
                        hasClientSecret?: boolean;
                        /** Format: uuid */
                        id?: string;
                        issuerUrl?: string;
                        /** Format: uuid */
                        organisationId?: string;
                        organisationName?: string;
                        /** @description Registrera denna som omdirigerings-URI hos leverantören */
                        redirectUrl?: string;
                        roleClaim?: string;
                        roleMapping?: {
                            role?: string;
                            value?: string;
                        }[];
                        /** Format: date-time */
                        updatedAt?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    IdentityProvidersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Borttagen */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    IdentityProvidersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Ekerö kommun (Entra ID)",
                 *       "enabled": false
                 *     }
                 */
                "application/json": {
                    /** @description E-postdomäner som får logga in med leverantören */
                    allowedDomains?: string[];
                    clientId?: string;
                    /** @description Ny klienthemlighet; null tar bort den */
                    clientSecret?: string | null;
                    /** @description Visas som "Logga in med <namn>" */
                    displayName?: string;
                    enabled?: boolean;
                    /** @description Utfärdarens adress (issuer); /.well-known/openid-configuration läses därifrån */
                    issuerUrl?: string;
                    /**
                     * Format: uuid
                     * @description Organisationen som användarna skapas i
                     */
                    organisationId?: string;
                    /** @description Anspråket (claim) som bär grupperna eller rollerna, t.ex. groups eller roles */
                    roleClaim?: string;
                    /** @description Grupp- eller rollvärde → roll; första träffen i listans ordning gäller */
                    roleMapping?: {
                        /** @enum {string} */
                        role: "secretariat" | "officer" | "secretary" | "admin";
                        value: string;
                    }[];
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowedDomains?: string[];
                        clientId?: string;
                        /** @description false: hemligheten sparades med en annan JWT_SECRET och måste anges igen */
                        clientSecretReadable?: boolean;
                        /** Format: date-time */
                        createdAt?: string;
                        displayName?: string;
                        enabled?: boolean;
                        /** @description Hemligheten själv visas aldrig */
                        hasClientSecret?: boolean;
                        /** Format: uuid */
                        id?: string;
                        issuerUrl?: string;
                        /** Format: uuid */
                        organisationId?: string;
                        organisationName?: string;
                        /** @description Registrera denna som omdirigerings-URI hos leverantören */
                        redirectUrl?: string;
                        roleClaim?: string;
                        roleMapping?: {
                            role?: string;
                            value?: string;
                        }[];
                        /** Format: date-time */
                        updatedAt?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    MailLogController_list: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "42",
                     *           "status": "sent",
                     *           "to": "registrator@ekero.example.se",
                     *           "subject": "Remiss: Överenskommelse om nyanlända",
                     *           "template": "remiss",
                     *           "caseId": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
                     *           "caseTitle": "Revidering av överenskommelsen om nyanlända",
                     *           "caseRegistryNumber": "KSL/12/0053",
                     *           "createdAt": "2013-02-11T09:30:00.000Z",
                     *           "sentAt": "2013-02-11T09:30:02.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["MailLogPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminController_listMails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "smtpConfigured": false,
                     *       "mails": [
                     *         {
                     *           "name": "2013-02-11T09-30-00-000Z-remiss.eml",
                     *           "sizeBytes": 4211,
                     *           "writtenAt": "2013-02-11T09:30:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OutboxMails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminController_getMail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Brevet (RFC 822) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "message/rfc822": components["schemas"]["FileContent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    SignInsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "17",
                     *           "at": "2013-02-11T09:30:00.000Z",
                     *           "method": "oidc",
                     *           "success": false,
                     *           "reason": "domain-not-allowed",
                     *           "email": "anna@example.com",
                     *           "userId": null,
                     *           "userName": null,
                     *           "organisationId": "3f0e6a4c-8f0d-4a51-9c0e-1d2f3a4b5c6d",
                     *           "organisationName": "Ekerö kommun",
                     *           "providerId": "9a0e6a4c-8f0d-4a51-9c0e-1d2f3a4b5c6d",
                     *           "providerName": "Ekerö kommun",
                     *           "clientAddress": "192.0.2.10"
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["SignInPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdminController_testMail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "to": "registrator@ksl.se"
                 *     }
                 */
                "application/json": components["schemas"]["TestMailRequest"];
            };
        };
        responses: {
            /** @description Mottagen; utförs i bakgrunden */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "jobId": "mail:test:7d1c"
                     *     }
                     */
                    "application/json": components["schemas"]["TestMailQueued"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    UserAdminController_revokeToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Samma nyckel och samma innehåll ger samma svar utan att arbetet görs igen; samma nyckel med annat innehåll ger 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
                     *       "name": "Ärendesystemet",
                     *       "scope": "read",
                     *       "userId": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *       "userName": "Integration W3D3",
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "createdByName": "Administratör KSL",
                     *       "lastUsedAt": null,
                     *       "revokedAt": "2026-12-02T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PasswordController_forgot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "kansli@ksl.se"
                 *     }
                 */
                "application/json": components["schemas"]["ForgotPasswordRequest"];
            };
        };
        responses: {
            /** @description Mottagen; utförs i bakgrunden */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Om det finns ett konto med den adressen har vi skickat ett brev med en länk för att välja ett nytt lösenord. Titta i inkorgen (och skräpposten)."
                     *     }
                     */
                    "application/json": components["schemas"]["PasswordResetRequested"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    LoginController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "kansli@ksl.se",
                 *       "password": "remiss"
                 *     }
                 */
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "eyJhbGciOiJIUzI1NiJ9.…",
                     *       "user": {
                     *         "id": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *         "name": "Kansliet KSL",
                     *         "email": "kansli@ksl.se",
                     *         "role": "secretariat",
                     *         "organisationId": "7f41704b-db6c-490c-8258-dc559c3737fd",
                     *         "organisationSlug": "ksl",
                     *         "organisationName": "Kommunförbundet Stockholms län"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    LoginController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Utloggad */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    LoginController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *       "name": "Kansliet KSL",
                     *       "email": "kansli@ksl.se",
                     *       "role": "secretariat",
                     *       "organisationId": "7f41704b-db6c-490c-8258-dc559c3737fd",
                     *       "organisationSlug": "ksl",
                     *       "organisationName": "Kommunförbundet Stockholms län"
                     *     }
                     */
                    "application/json": components["schemas"]["SignedInUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OidcController_start: {
        parameters: {
            query?: {
                /** @description Sidan i webbgränssnittet att öppna efter inloggningen (en sökväg under /app; annat ger startsidan) */
                returnTo?: string;
            };
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Till leverantörens inloggning, eller till inloggningssidan med `fel` om leverantören inte svarar */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OidcController_callback: {
        parameters: {
            query?: {
                /** @description Koden från leverantören */
                code?: string;
                /** @description Leverantörens felkod, om inloggningen avbröts där */
                error?: string;
                error_description?: string;
                /** @description Leverantörens utfärdare (RFC 9207) */
                iss?: string;
                /** @description Det state som inloggningen startades med */
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Till sidan i webbgränssnittet (inloggad), eller till inloggningssidan med `fel` (t.ex. domain-not-allowed, no-role, callback-invalid) */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OidcController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        displayName?: string;
                        /** Format: uuid */
                        id?: string;
                        organisationName?: string;
                    }[];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    LoginController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "kansli@ksl.se",
                 *       "password": "remiss"
                 *     }
                 */
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *       "name": "Kansliet KSL",
                     *       "email": "kansli@ksl.se",
                     *       "role": "secretariat",
                     *       "organisationId": "7f41704b-db6c-490c-8258-dc559c3737fd",
                     *       "organisationSlug": "ksl",
                     *       "organisationName": "Kommunförbundet Stockholms län",
                     *       "csrfToken": "d2f1c0…"
                     *     }
                     */
                    "application/json": components["schemas"]["SignedInUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PasswordController_setPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm8",
                 *       "password": "korrekt häst batteri häftklammer"
                 *     }
                 */
                "application/json": components["schemas"]["SetPasswordRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": "anna.andersson@ekero.example.se"
                     *     }
                     */
                    "application/json": components["schemas"]["PasswordSet"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PasswordController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm8"
                 *     }
                 */
                "application/json": components["schemas"]["PasswordLinkRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "purpose": "invitation",
                     *       "name": "Anna Andersson",
                     *       "email": "anna.andersson@ekero.example.se",
                     *       "organisationName": "Ekerö kommun",
                     *       "expiresAt": "2026-12-08T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PasswordLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CalendarFeedController_ics: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path: {
                /** @description Organisationens id */
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kalendern (iCalendar) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example BEGIN:VCALENDAR
                     *     VERSION:2.0
                     *     PRODID:-//Remiss//SV
                     *     BEGIN:VEVENT
                     *     SUMMARY:Sista svarsdag: Överenskommelse om nyanlända
                     *     DTSTART;VALUE=DATE:20130430
                     *     END:VEVENT
                     *     END:VCALENDAR
                     */
                    "text/calendar": components["schemas"]["FileContent"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CalendarController_check: {
        parameters: {
            query: {
                /** @description Sista dag att pröva, ÅÅÅÅ-MM-DD (från i dag och högst fem år fram) */
                deadline: string;
                /** @description Kortaste remisstid i månader (standard REMISS_MIN_MONTHS) */
                minMonths?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deadline": "2013-06-06",
                     *       "deadlineText": "torsdag 6 juni 2013",
                     *       "isWorkingDay": false,
                     *       "nonWorkingReason": "Sveriges nationaldag",
                     *       "suggestedDeadline": "2013-06-07",
                     *       "suggestedDeadlineText": "fredag 7 juni 2013",
                     *       "workingDays": 98,
                     *       "calendarDays": 142,
                     *       "inPast": false,
                     *       "warnings": [
                     *         {
                     *           "code": "DEADLINE.NON_WORKING_DAY",
                     *           "message": "Den 6 juni 2013 är Sveriges nationaldag. Närmaste vardag är fredag 7 juni 2013.",
                     *           "suggestedDeadline": "2013-06-07"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DeadlineCheck"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CalendarFeedController_feedUrl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organisationId": "7f41704b-db6c-490c-8258-dc559c3737fd",
                     *       "url": "https://remiss.example.se/calendar/7f41704b-db6c-490c-8258-dc559c3737fd.ics?token=q3v9…"
                     *     }
                     */
                    "application/json": components["schemas"]["CalendarFeedUrl"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CalendarFeedController_renewFeedUrl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organisationId": "7f41704b-db6c-490c-8258-dc559c3737fd",
                     *       "url": "https://remiss.example.se/calendar/7f41704b-db6c-490c-8258-dc559c3737fd.ics?token=q3v9…"
                     *     }
                     */
                    "application/json": components["schemas"]["CalendarFeedUrl"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_list: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
                /** @description Bara ärenden med försenade svar */
                overdue?: "true" | "false";
                /** @description Bara ärenden i detta tillstånd */
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
                     *           "registryNumber": "KSL/12/0053",
                     *           "title": "Revidering av överenskommelsen om nyanlända",
                     *           "description": "",
                     *           "orderedBy": "Styrelsens beslut 2012-03-15 § 12",
                     *           "parentRecipientId": null,
                     *           "organisationId": "0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b",
                     *           "state": "onRemiss",
                     *           "version": 4,
                     *           "createdAt": "2012-03-15T09:00:00.000Z",
                     *           "updatedAt": "2013-02-01T08:00:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["CasePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Revidering av överenskommelse om nyanlända",
                 *       "registryNumber": "KSL/12/0053",
                 *       "orderedBy": "Styrelsens beslut 2012-03-15 § 12"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCaseRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
                     *       "registryNumber": "KSL/12/0053"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag från ett tidigare svar: 304 utan innehåll om inget har ändrats */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
                     *       "registryNumber": "KSL/12/0053",
                     *       "title": "Revidering av överenskommelsen om nyanlända",
                     *       "description": "",
                     *       "orderedBy": "Styrelsens beslut 2012-03-15 § 12",
                     *       "parentRecipientId": null,
                     *       "organisationId": "0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b",
                     *       "state": "onRemiss",
                     *       "version": 4,
                     *       "createdAt": "2012-03-15T09:00:00.000Z",
                     *       "updatedAt": "2013-02-01T08:00:00.000Z",
                     *       "acceptedEvents": [
                     *         "CLOSE_ROUND",
                     *         "WITHDRAW"
                     *       ],
                     *       "context": null,
                     *       "rounds": [],
                     *       "documents": [],
                     *       "matrix": [],
                     *       "events": [],
                     *       "historyNext": null,
                     *       "logHead": "9f2c5e0a8b1d4c7e3f6a9b2c5d8e1f4a7b0c3d6e9f2a5b8c1d4e7f0a3b6c9d2e"
                     *     }
                     */
                    "application/json": components["schemas"]["CaseView"];
                };
            };
            /** @description Oförändrat sedan ETag:en i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_adjust: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "documentId": "8e73ecb3-f124-4cff-836e-a4e2044088c4"
                 *     }
                 */
                "application/json": components["schemas"]["DocumentRefRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "state": "adjusted",
                     *       "version": 9
                     *     }
                     */
                    "application/json": components["schemas"]["CaseStepResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ArchiveController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Arkivpaketet (ZIP) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["FileContent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CompilationExportController_docx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sammanställningen som Word-dokument */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": components["schemas"]["FileContent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_addDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "documentId": "6f1d3c1e-2b7a-4c55-9a35-0f3c7f1d9b10"
                 *     }
                 */
                "application/json": components["schemas"]["DocumentRefRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "state": "drafting",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseStepResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_events: {
        parameters: {
            query?: {
                /** @description Händelserna före denna (historyNext ger den) */
                before?: string;
                /** @description Samma som before: nextCursor från föregående sida */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "41",
                     *           "at": "2013-02-11T09:30:00.000Z",
                     *           "event": "SEND_ROUND",
                     *           "payload": {},
                     *           "stateBefore": "drafting",
                     *           "stateAfter": "onRemiss",
                     *           "recipientId": null,
                     *           "actorName": "Kansliet",
                     *           "actorOrganisation": "KSL"
                     *         }
                     *       ],
                     *       "nextCursor": "41",
                     *       "historyNext": "/cases/7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d/events?before=41&limit=50"
                     *     }
                     */
                    "application/json": components["schemas"]["CaseEventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    LogController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "caseId": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
                     *       "ok": false,
                     *       "rows": 12,
                     *       "verifiedRows": 4,
                     *       "head": "a3f1c09e5b7d2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f1a2c4e6b8d0f",
                     *       "computedHead": "a3f1c09e5b7d2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f1a2c4e6b8d0f",
                     *       "firstMismatch": {
                     *         "position": 5,
                     *         "rowId": "41",
                     *         "event": "ANSWER",
                     *         "eventText": "lämna remissvar",
                     *         "at": "2013-02-11T09:30:00.000Z",
                     *         "atText": "11 februari 2013 kl. 10:30",
                     *         "mismatch": [
                     *           "raden har ändrats: dess innehåll ger inte dess kontrollsumma"
                     *         ],
                     *         "message": "Rad 5 i loggen (lämna remissvar, 11 februari 2013 kl. 10:30) stämmer inte: raden har ändrats: dess innehåll ger inte dess kontrollsumma."
                     *       },
                     *       "message": "Rad 5 i loggen (lämna remissvar, 11 februari 2013 kl. 10:30) stämmer inte: raden har ändrats: dess innehåll ger inte dess kontrollsumma.",
                     *       "verifiedAt": "2013-02-12T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["LogVerification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PartiesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "caseId": "530572c3-7aa8-49e1-b29f-618b4aeffea5",
                     *       "registryNumber": "KSL/12/0053",
                     *       "title": "Överenskommelse om samverkan gällande nyanlända",
                     *       "asOf": "2014-01-10",
                     *       "counts": {
                     *         "party": 1,
                     *         "nonParty": 0,
                     *         "pending": 25,
                     *         "terminating": 0,
                     *         "terminated": 0
                     *       },
                     *       "parties": [
                     *         {
                     *           "organisationId": "e1c29202-1743-469f-8bda-40623056c021",
                     *           "organisationName": "Tyresö kommun",
                     *           "recipientId": "f841a98c-21d1-4adf-b231-19819b50274b",
                     *           "recipientState": "received",
                     *           "status": "party",
                     *           "statusLabel": "Part från 2013-10-22",
                     *           "decision": {
                     *             "id": "8953b630-4048-4c87-a545-fd764c84ad3c",
                     *             "bodyName": "Kommunstyrelsen",
                     *             "bodyKind": "board",
                     *             "meetingDate": "2013-10-22",
                     *             "paragraph": "§ 180",
                     *             "outcome": "adopt",
                     *             "version": 1
                     *           },
                     *           "inForceFrom": "2013-10-22",
                     *           "terminationNoticeReached": null,
                     *           "terminationTakesEffect": null,
                     *           "dispatchedAt": "2013-10-30T14:30:00.000Z",
                     *           "receivedAt": "2013-11-04T09:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PartyRegister"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PartiesController_csv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Partsregistret */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example Kommun;Status;Gäller från;Beslut
                     *     Tyresö kommun;Part;2013-10-22;Kommunstyrelsen 2013-10-22 § 180
                     */
                    "text/csv": components["schemas"]["FileContent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "state": "drafting",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseStepResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_recommend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deadline": "2013-11-15",
                 *       "groupIds": [],
                 *       "message": "KSL rekommenderar kommunerna att anta överenskommelsen."
                 *     }
                 */
                "application/json": components["schemas"]["SendRoundRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "roundId": "53f05345-9a81-4397-8f43-491bed02b859",
                     *       "seq": 2,
                     *       "registryNumber": "KSL/2013/0001",
                     *       "recipients": 26,
                     *       "deadline": "2013-11-15",
                     *       "workingDays": 60,
                     *       "warnings": [],
                     *       "state": "onRecommendation"
                     *     }
                     */
                    "application/json": components["schemas"]["SentRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deadline": "2013-04-30",
                 *       "organisationIds": [],
                 *       "groupIds": [],
                 *       "message": "Förslaget skickas på remiss."
                 *     }
                 */
                "application/json": components["schemas"]["SendRoundRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "roundId": "53f05345-9a81-4397-8f43-491bed02b859",
                     *       "seq": 1,
                     *       "registryNumber": "KSL/2013/0001",
                     *       "recipients": 26,
                     *       "deadline": "2013-06-06",
                     *       "workingDays": 60,
                     *       "warnings": [
                     *         {
                     *           "code": "DEADLINE.NON_WORKING_DAY",
                     *           "message": "Den 6 juni 2013 är Sveriges nationaldag. Närmaste vardag är fredag 7 juni 2013.",
                     *           "suggestedDeadline": "2013-06-07"
                     *         }
                     *       ],
                     *       "state": "onRemiss"
                     *     }
                     */
                    "application/json": components["schemas"]["SentRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_compile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "round": {
                     *         "id": "53f05345-9a81-4397-8f43-491bed02b859",
                     *         "seq": 1,
                     *         "kind": "remiss",
                     *         "subject": "Remiss: Överenskommelse om nyanlända",
                     *         "deadline": "2013-04-30"
                     *       },
                     *       "rows": [],
                     *       "totals": {
                     *         "recipients": 26,
                     *         "answered": 3,
                     *         "late": 0,
                     *         "declined": 0,
                     *         "noAnswer": 23,
                     *         "overdue": 0,
                     *         "extensions": 1,
                     *         "byPosition": {
                     *           "tillstyrker": 2,
                     *           "avstyrker": 0,
                     *           "inga_synpunkter": 1,
                     *           "synpunkter": 0
                     *         },
                     *         "byOutcome": {
                     *           "adopt": 0,
                     *           "notAdopt": 0,
                     *           "answer": 0,
                     *           "other": 0
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Compilation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_compileCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sammanställningen (UTF-8 med BOM, semikolon) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example Kommun;Status;Ställningstagande;Svarsdatum
                     *     Ekerö kommun;Besvarad;synpunkter;2013-04-22
                     */
                    "text/csv": components["schemas"]["FileContent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "roundId": "53f05345-9a81-4397-8f43-491bed02b859"
                 *     }
                 */
                "application/json": components["schemas"]["CloseRoundRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "state": "compiling"
                     *     }
                     */
                    "application/json": components["schemas"]["StateResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    SecrecyController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                     *         "targetKind": "document",
                     *         "targetId": "6f1d3c1e-2b7a-4c55-9a35-0f3c7f1d9b10",
                     *         "targetTitle": "Remissversion",
                     *         "recipientId": null,
                     *         "extent": "whole",
                     *         "legalGround": "OSL 21 kap. 7 §",
                     *         "reason": "Innehåller uppgifter om enskildas personliga förhållanden",
                     *         "maskedSubject": null,
                     *         "markedBy": "Karin Kansli",
                     *         "markedAt": "2013-03-01T09:00:00.000Z",
                     *         "unmarkedBy": null,
                     *         "unmarkedAt": null,
                     *         "unmarkReason": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["SecrecyMarkingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_seminar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date": "2013-02-20",
                 *       "place": "KSL, Stockholm",
                 *       "invited": [
                 *         "Länets kommuner"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SeminarRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "state": "drafting",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseStepResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_seminarCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "state": "drafting",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseStepResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_seminarHeld: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "state": "drafting",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseStepResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_startDrafting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "state": "drafting",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseStepResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PartiesController_terminate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organisationId": "00000000-0000-0000-0000-000000000000",
                 *       "noticeReachedDate": "2015-03-02",
                 *       "note": "Uppsägning enligt KF-beslut."
                 *     }
                 */
                "application/json": components["schemas"]["TerminationRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organisationId": "e1c29202-1743-469f-8bda-40623056c021",
                     *       "organisationName": "Tyresö kommun",
                     *       "recipientId": "f841a98c-21d1-4adf-b231-19819b50274b",
                     *       "recipientState": "received",
                     *       "status": "terminating",
                     *       "statusLabel": "Uppsagd, upphör att gälla 2015-12-01",
                     *       "decision": {
                     *         "id": "8953b630-4048-4c87-a545-fd764c84ad3c",
                     *         "bodyName": "Kommunstyrelsen",
                     *         "bodyKind": "board",
                     *         "meetingDate": "2013-10-22",
                     *         "paragraph": "§ 180",
                     *         "outcome": "adopt",
                     *         "version": 1
                     *       },
                     *       "inForceFrom": "2013-10-22",
                     *       "terminationNoticeReached": "2015-03-01",
                     *       "terminationTakesEffect": "2015-12-01",
                     *       "dispatchedAt": "2013-10-30T14:30:00.000Z",
                     *       "receivedAt": "2013-11-04T09:00:00.000Z",
                     *       "registryNumber": "KSL/2015/0001"
                     *     }
                     */
                    "application/json": components["schemas"]["TerminationResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CasesController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Uppdraget har återkallats av styrelsen."
                 *     }
                 */
                "application/json": components["schemas"]["WithdrawRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "state": "drafting",
                     *       "version": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CaseStepResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DecisionsController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "paragraph": "§ 131",
                 *       "reason": "Fel paragrafnummer i registreringen."
                 *     }
                 */
                "application/json": components["schemas"]["DecisionCorrectionRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ec72468b-5c7b-4234-bf5b-d0972089274e",
                     *       "recipientId": "a70a98db-fac5-4729-8e91-187ad840acbc",
                     *       "caseId": "b01032b2-d088-4921-8996-ac9d7b0ef619",
                     *       "organisationId": "43193268-d04d-4167-b24f-48918edf08b5",
                     *       "chainId": "fc547bfe-433f-4376-beee-5dda77c81b97",
                     *       "version": 2,
                     *       "supersedesId": "fc547bfe-433f-4376-beee-5dda77c81b97",
                     *       "superseded": false,
                     *       "bodyKind": "committee",
                     *       "bodyName": "Socialnämnden",
                     *       "meetingDate": "2013-09-25",
                     *       "paragraph": "§ 131",
                     *       "outcome": "answer",
                     *       "outcomeLabel": "Yttrande",
                     *       "text": "Socialnämnden föreslår kommunstyrelsen att anta överenskommelsen.",
                     *       "justeringDate": "2013-09-25",
                     *       "immediate": true,
                     *       "immediateJustering": true,
                     *       "noticePostedDate": "2013-09-25",
                     *       "appealWindowCloses": "2013-10-16",
                     *       "final": false,
                     *       "documentId": null,
                     *       "correctionReason": "Fel paragrafnummer i registreringen.",
                     *       "createdAt": "2013-09-25T14:00:00.000Z",
                     *       "state": "inProgress"
                     *     }
                     */
                    "application/json": components["schemas"]["DecisionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DocumentsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Samma nyckel och samma innehåll ger samma svar utan att arbetet görs igen; samma nyckel med annat innehåll ger 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "draft",
                 *       "title": "Överenskommelse om samverkan gällande nyanlända, utkast"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["UploadDocumentRequest"];
            };
        };
        responses: {
            /** @description Det sparade dokumentet (utan innehåll) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1d3c1e-2b7a-4c55-9a35-0f3c7f1d9b10",
                     *       "organisationId": "0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b",
                     *       "kind": "draft",
                     *       "title": "Överenskommelse om samverkan gällande nyanlända, utkast",
                     *       "filename": "Överenskommelse.pdf",
                     *       "mimeType": "application/pdf",
                     *       "sizeBytes": 48213,
                     *       "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                     *       "version": 1,
                     *       "supersedesId": null,
                     *       "caseId": null,
                     *       "roundId": null,
                     *       "answerId": null,
                     *       "createdAt": "2013-02-11T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DocumentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1d3c1e-2b7a-4c55-9a35-0f3c7f1d9b10",
                     *       "organisationId": "0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b",
                     *       "kind": "draft",
                     *       "title": "Överenskommelse om samverkan gällande nyanlända, utkast",
                     *       "filename": "Överenskommelse.pdf",
                     *       "mimeType": "application/pdf",
                     *       "sizeBytes": 48213,
                     *       "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                     *       "version": 1,
                     *       "supersedesId": null,
                     *       "caseId": null,
                     *       "roundId": null,
                     *       "answerId": null,
                     *       "createdAt": "2013-02-11T09:30:00.000Z",
                     *       "latestVersionId": "6f1d3c1e-2b7a-4c55-9a35-0f3c7f1d9b10",
                     *       "versions": [
                     *         {
                     *           "id": "6f1d3c1e-2b7a-4c55-9a35-0f3c7f1d9b10",
                     *           "version": 1,
                     *           "title": "Överenskommelse om samverkan gällande nyanlända, utkast",
                     *           "filename": "Överenskommelse.pdf",
                     *           "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                     *           "sizeBytes": 48213,
                     *           "createdAt": "2013-02-11T09:30:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DocumentsController_content: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Filen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["FileContent"];
                    "application/vnd.oasis.opendocument.text": components["schemas"]["FileContent"];
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": components["schemas"]["FileContent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    SecrecyController_markDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "extent": "whole",
                 *       "legalGround": "OSL 21 kap. 7 §",
                 *       "reason": "Innehåller uppgifter om enskildas personliga förhållanden"
                 *     }
                 */
                "application/json": components["schemas"]["MarkSecretRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                     *       "targetKind": "document",
                     *       "targetId": "6f1d3c1e-2b7a-4c55-9a35-0f3c7f1d9b10",
                     *       "targetTitle": "Remissversion",
                     *       "recipientId": null,
                     *       "extent": "whole",
                     *       "legalGround": "OSL 21 kap. 7 §",
                     *       "reason": "Innehåller uppgifter om enskildas personliga förhållanden",
                     *       "maskedSubject": null,
                     *       "markedBy": "Karin Kansli",
                     *       "markedAt": "2013-03-01T09:00:00.000Z",
                     *       "unmarkedBy": null,
                     *       "unmarkedAt": null,
                     *       "unmarkReason": null
                     *     }
                     */
                    "application/json": components["schemas"]["SecrecyMarking"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    SecrecyController_unmarkDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Sekretessen gäller inte längre"
                 *     }
                 */
                "application/json": components["schemas"]["UnmarkSecretRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                     *       "targetKind": "document",
                     *       "targetId": "6f1d3c1e-2b7a-4c55-9a35-0f3c7f1d9b10",
                     *       "targetTitle": "Remissversion",
                     *       "recipientId": null,
                     *       "extent": "whole",
                     *       "legalGround": "OSL 21 kap. 7 §",
                     *       "reason": "Innehåller uppgifter om enskildas personliga förhållanden",
                     *       "maskedSubject": null,
                     *       "markedBy": "Karin Kansli",
                     *       "markedAt": "2013-03-01T09:00:00.000Z",
                     *       "unmarkedBy": "Karin Kansli",
                     *       "unmarkedAt": "2013-03-02T09:00:00.000Z",
                     *       "unmarkReason": "Sekretessen gäller inte längre"
                     *     }
                     */
                    "application/json": components["schemas"]["SecrecyMarking"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    EventsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående svar (utelämna för att börja från början) */
                after?: string;
                /** @description Högst så många händelser (1–500, standard 100) */
                limit?: number;
                /** @description Bara dessa händelsetyper, kommaseparerade (t.ex. se.remiss.answer.received) */
                types?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida händelser */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Fler händelser finns redan att hämta */
                        hasMore: boolean;
                        items: {
                            data: {
                                actor: {
                                    name?: string;
                                    organisation?: string | null;
                                };
                                case: {
                                    id?: string;
                                    registryNumber?: string;
                                    title?: string;
                                };
                                details: Record<string, never>;
                                /** @description Vad som hände, på svenska */
                                label: string;
                                previousState: Record<string, never> | null;
                                recipient: Record<string, never> | null;
                                round: Record<string, never> | null;
                                state: {
                                    code?: string;
                                    label?: string;
                                } | null;
                            };
                            /** @enum {string} */
                            datacontenttype: "application/json";
                            /** @description Händelsens id (stabilt, detsamma i flödet och i varje webhook-leverans) */
                            id: string;
                            /** @description /cases/<ärendets id> */
                            source: string;
                            /** @enum {string} */
                            specversion: "1.0";
                            /** @description recipients/<id> för en mottagares händelse, annars cases/<id> */
                            subject: string;
                            /** Format: date-time */
                            time: string;
                            /** @enum {string} */
                            type: "se.remiss.answer.corrected" | "se.remiss.answer.declined" | "se.remiss.answer.received" | "se.remiss.case.draft.added" | "se.remiss.case.drafting.started" | "se.remiss.case.event.recorded" | "se.remiss.case.opened" | "se.remiss.case.proposal.adjusted" | "se.remiss.case.ready" | "se.remiss.case.recommendation.sent" | "se.remiss.case.remiss.sent" | "se.remiss.case.seminar.cancelled" | "se.remiss.case.seminar.held" | "se.remiss.case.seminar.scheduled" | "se.remiss.case.withdrawn" | "se.remiss.deadline.passed" | "se.remiss.decision.corrected" | "se.remiss.decision.dispatched" | "se.remiss.decision.preparation.registered" | "se.remiss.decision.received" | "se.remiss.decision.registered" | "se.remiss.extension.denied" | "se.remiss.extension.granted" | "se.remiss.extension.requested" | "se.remiss.recipient.closed" | "se.remiss.recipient.withdrawn" | "se.remiss.recommendation.closed" | "se.remiss.round.closed" | "se.remiss.round.sent" | "se.remiss.termination.registered";
                        }[];
                        /** @description Aldrig null: skicka som `after` för att läsa vidare, genast om hasMore, annars senare */
                        nextCursor: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    EventsController_types: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "type": "se.remiss.answer.received",
                     *         "label": "Remissvar inkommet",
                     *         "scope": "recipient"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["EventTypes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RecipientsController_listExtensions: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
                /** @description Bara begäranden med denna status */
                status?: "pending" | "granted" | "denied" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                     *           "recipientId": "32921af3-52d5-4f55-83ae-b529177c679a",
                     *           "requestedDate": "2013-12-19",
                     *           "previousDeadline": "2013-11-15",
                     *           "reason": "Ärendet behandlas i kommunfullmäktige först i december.",
                     *           "status": "pending",
                     *           "grantedDate": null,
                     *           "comment": null,
                     *           "requestedAt": "2013-10-01T08:00:00.000Z",
                     *           "decidedAt": null,
                     *           "organisationName": "Ekerö kommun",
                     *           "caseId": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
                     *           "caseTitle": "Revidering av överenskommelsen om nyanlända",
                     *           "caseRegistryNumber": "KSL/12/0053"
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["ExtensionRequestPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RecipientsController_deny: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comment": "Sammanställningen måste vara klar till styrelsens möte."
                 *     }
                 */
                "application/json": components["schemas"]["DenyExtensionRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "state": "inProgress",
                     *       "deadline": "2013-11-15"
                     *     }
                     */
                    "application/json": components["schemas"]["ExtensionDenied"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RecipientsController_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "newDeadline": "2013-12-19",
                 *       "comment": "Beviljas."
                 *     }
                 */
                "application/json": components["schemas"]["GrantExtensionRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "state": "inProgress",
                     *       "deadline": "2013-12-19",
                     *       "warnings": []
                     *     }
                     */
                    "application/json": components["schemas"]["ExtensionGranted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    GroupsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                     *           "slug": "sodertorn",
                     *           "name": "Södertörn",
                     *           "members": [
                     *             {
                     *               "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                     *               "slug": "botkyrka",
                     *               "name": "Botkyrka kommun"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["GroupPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    GroupsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Samma nyckel och samma innehåll ger samma svar utan att arbetet görs igen; samma nyckel med annat innehåll ger 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Södertörn",
                 *       "slug": "sodertorn-2",
                 *       "memberIds": [
                 *         "0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b",
                 *         "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateGroupRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                     *       "slug": "sodertorn-2",
                     *       "name": "Södertörn",
                     *       "members": [
                     *         {
                     *           "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                     *           "slug": "botkyrka",
                     *           "name": "Botkyrka kommun"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Group"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "info": {
                     *         "database": {
                     *           "status": "up"
                     *         },
                     *         "redis": {
                     *           "status": "up"
                     *         }
                     *       },
                     *       "error": {},
                     *       "details": {
                     *         "database": {
                     *           "status": "up"
                     *         },
                     *         "redis": {
                     *           "status": "up"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Liveness"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "info": {
                     *         "database": {
                     *           "status": "up"
                     *         },
                     *         "redis": {
                     *           "status": "up"
                     *         }
                     *       },
                     *       "error": {},
                     *       "details": {
                     *         "database": {
                     *           "status": "up"
                     *         },
                     *         "redis": {
                     *           "status": "up"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RecipientsController_inbox: {
        parameters: {
            query?: {
                /** @description me: bara det som är tilldelat mig */
                assigned?: "me";
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description true: bara det som är besvarat, avböjt eller beslutat (era tidigare svar och beslut) */
                done?: "true" | "false";
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "assignee": {
                     *             "id": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *             "name": "Handläggare Ekerö"
                     *           },
                     *           "position": null,
                     *           "answeredAt": null,
                     *           "decision": null,
                     *           "recipientId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                     *           "state": "sent",
                     *           "deadline": "2013-04-30",
                     *           "originalDeadline": "2013-04-30",
                     *           "roundKind": "remiss",
                     *           "subject": "Remiss: Överenskommelse om nyanlända",
                     *           "caseId": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
                     *           "caseTitle": "Revidering av överenskommelsen om nyanlända",
                     *           "caseRegistryNumber": "KSL/12/0053",
                     *           "senderName": "Kommunförbundet Stockholms län",
                     *           "daysLeft": 42
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["InboxPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
                /** @description true: bara olästa */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b",
                     *           "kind": "extension-granted",
                     *           "title": "Anstånd beviljat",
                     *           "text": "Överenskommelse om nyanlända. Ny sista dag: 19 december 2013.",
                     *           "link": "/mina-remisser/5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                     *           "caseId": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
                     *           "recipientId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                     *           "createdAt": "2013-11-05T09:12:00.000Z",
                     *           "read": false
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    NotificationsController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ids": [
                 *         "0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["MarkNotificationsReadRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "marked": 1,
                     *       "unread": 2
                     *     }
                     */
                    "application/json": components["schemas"]["NotificationsMarkedRead"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    NotificationsController_unread: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "unread": 3
                     *     }
                     */
                    "application/json": components["schemas"]["UnreadNotifications"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PublicPagesController_home: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag från ett tidigare svar: 304 utan innehåll om inget har ändrats */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En HTML-sida */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Remisser</title>… */
                    "text/html": components["schemas"]["FileContent"];
                };
            };
            /** @description Oförändrat sedan ETag:en i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PublicPagesController_organisation: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Skickad på eller efter dagen (ÅÅÅÅ-MM-DD) */
                from?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
                /** @description Del av rubriken */
                q?: string;
                /** @description Del av en mottagares namn, t.ex. Ekerö */
                recipient?: string;
                /** @description Del av diarienumret, t.ex. KSL/12 */
                registryNumber?: string;
                /** @description Skickad på eller före dagen (ÅÅÅÅ-MM-DD) */
                to?: string;
            };
            header?: {
                /** @description ETag från ett tidigare svar: 304 utan innehåll om inget har ändrats */
                "If-None-Match"?: string;
            };
            path: {
                /** @description Organisationens kortnamn, t.ex. ksl */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En HTML-sida */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Remisser</title>… */
                    "text/html": components["schemas"]["FileContent"];
                };
            };
            /** @description Oförändrat sedan ETag:en i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PublicPagesController_diarium: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
                /** @description Fritext i diarienummer, motpart och (ej sekretessmarkerad) ärendemening */
                q?: string;
            };
            header?: {
                /** @description ETag från ett tidigare svar: 304 utan innehåll om inget har ändrats */
                "If-None-Match"?: string;
            };
            path: {
                /** @description Organisationens kortnamn, t.ex. ksl */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En HTML-sida */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Remisser</title>… */
                    "text/html": components["schemas"]["FileContent"];
                };
            };
            /** @description Oförändrat sedan ETag:en i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PublicPagesController_feed: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag från ett tidigare svar: 304 utan innehåll om inget har ändrats */
                "If-None-Match"?: string;
            };
            path: {
                /** @description Organisationens kortnamn, t.ex. ksl */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Atom 1.0 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">… */
                    "application/atom+xml": components["schemas"]["FileContent"];
                };
            };
            /** @description Oförändrat sedan ETag:en i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PublicPagesController_case: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag från ett tidigare svar: 304 utan innehåll om inget har ändrats */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
                /** @description Organisationens kortnamn, t.ex. ksl */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En HTML-sida */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Remisser</title>… */
                    "text/html": components["schemas"]["FileContent"];
                };
            };
            /** @description Oförändrat sedan ETag:en i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OrganisationsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "caseNumberFormat": "KS{yy}/{n}",
                     *           "documentNumberFormat": "{case}-{n}",
                     *           "passwordSignIn": true,
                     *           "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                     *           "slug": "ekero",
                     *           "name": "Ekerö kommun",
                     *           "kind": "municipality",
                     *           "registryPrefix": "KS",
                     *           "registryEmail": "registrator@ekero.example.se",
                     *           "parentId": null,
                     *           "parentName": null
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["OrganisationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OrganisationsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Samma nyckel och samma innehåll ger samma svar utan att arbetet görs igen; samma nyckel med annat innehåll ger 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Socialnämnden, Ekerö kommun",
                 *       "slug": "ekero-socialnamnden",
                 *       "kind": "committee",
                 *       "registryPrefix": "SN",
                 *       "registryEmail": "socialnamnden@ekero.example.se",
                 *       "parentId": "0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b"
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrganisationRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "caseNumberFormat": "KS{yy}/{n}",
                     *       "documentNumberFormat": "{case}-{n}",
                     *       "passwordSignIn": true,
                     *       "id": "c55f42c7-bfe3-4b67-8037-ea6420e5b605",
                     *       "slug": "ekero-socialnamnden",
                     *       "name": "Socialnämnden, Ekerö kommun",
                     *       "kind": "committee",
                     *       "registryPrefix": "SN",
                     *       "registryEmail": "socialnamnden@ekero.example.se",
                     *       "parentId": "0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b",
                     *       "parentName": "Ekerö kommun",
                     *       "contacts": [],
                     *       "children": []
                     *     }
                     */
                    "application/json": components["schemas"]["OrganisationDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OrganisationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "caseNumberFormat": "KS{yy}/{n}",
                     *       "documentNumberFormat": "{case}-{n}",
                     *       "passwordSignIn": true,
                     *       "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                     *       "slug": "ekero",
                     *       "name": "Ekerö kommun",
                     *       "kind": "municipality",
                     *       "registryPrefix": "KS",
                     *       "registryEmail": "registrator@ekero.example.se",
                     *       "parentId": null,
                     *       "parentName": null,
                     *       "contacts": [
                     *         {
                     *           "id": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *           "name": "Handläggare Ekerö",
                     *           "email": "handlaggare@ekero.example.se",
                     *           "role": "officer"
                     *         }
                     *       ],
                     *       "children": [
                     *         {
                     *           "id": "ccc4204c-30e4-408f-88e4-b979e946ef2f",
                     *           "name": "Socialnämnden, Ekerö"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrganisationDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    UserAdminController_listTokens: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
                     *           "name": "Ärendesystemet",
                     *           "scope": "read",
                     *           "userId": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *           "userName": "Integration W3D3",
                     *           "createdAt": "2026-12-01T09:00:00.000Z",
                     *           "createdByName": "Administratör KSL",
                     *           "lastUsedAt": null,
                     *           "revokedAt": null
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiTokenPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    UserAdminController_createToken: {
        parameters: {
            query?: never;
            header: {
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                 *       "name": "Ärendesystemet",
                 *       "scope": "read"
                 *     }
                 */
                "application/json": components["schemas"]["CreateApiTokenRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
                     *       "name": "Ärendesystemet",
                     *       "scope": "read",
                     *       "userId": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *       "userName": "Integration W3D3",
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "createdByName": "Administratör KSL",
                     *       "lastUsedAt": null,
                     *       "revokedAt": null,
                     *       "token": "rmt_3q2-7wJ0yTz9Vx4nQkL8mB1cR5sD6eF0gH2iJ4kL6mN"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedApiToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    UserAdminController_auditLog: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "12",
                     *           "at": "2026-12-01T09:00:00.000Z",
                     *           "action": "user.invited",
                     *           "actorId": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
                     *           "actorName": "Administratör KSL",
                     *           "subjectUserId": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *           "subjectName": "Anna Andersson",
                     *           "details": {
                     *             "email": "anna.andersson@ekero.example.se",
                     *             "role": "officer"
                     *           },
                     *           "description": "Administratör KSL bjöd in Anna Andersson (anna.andersson@ekero.example.se) som handläggare."
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["AuditLogPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    UserAdminController_setPasswordSignIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Samma nyckel och samma innehåll ger samma svar utan att arbetet görs igen; samma nyckel med annat innehåll ger 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": false
                 *     }
                 */
                "application/json": components["schemas"]["PasswordSignInRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organisationId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                     *       "passwordSignIn": false
                     *     }
                     */
                    "application/json": components["schemas"]["PasswordSignInSetting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    OrganisationsController_setRegistryFormat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "caseNumberFormat": "KS{yy}/{n}",
                 *       "documentNumberFormat": "{case}-{n}"
                 *     }
                 */
                "application/json": components["schemas"]["RegistryFormatRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "caseNumberFormat": "KS{yy}/{n}",
                     *       "documentNumberFormat": "{case}-{n}",
                     *       "passwordSignIn": true,
                     *       "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                     *       "slug": "ekero",
                     *       "name": "Ekerö kommun",
                     *       "kind": "municipality",
                     *       "registryPrefix": "KS",
                     *       "registryEmail": "registrator@ekero.example.se",
                     *       "parentId": null,
                     *       "parentName": null,
                     *       "contacts": [
                     *         {
                     *           "id": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *           "name": "Handläggare Ekerö",
                     *           "email": "handlaggare@ekero.example.se",
                     *           "role": "officer"
                     *         }
                     *       ],
                     *       "children": [
                     *         {
                     *           "id": "ccc4204c-30e4-408f-88e4-b979e946ef2f",
                     *           "name": "Socialnämnden, Ekerö"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrganisationDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    UserAdminController_list: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *           "name": "Anna Andersson",
                     *           "email": "anna.andersson@ekero.example.se",
                     *           "role": "officer",
                     *           "kind": "person",
                     *           "status": "invited",
                     *           "createdAt": "2026-12-01T09:00:00.000Z",
                     *           "lastSignInAt": null,
                     *           "deactivatedAt": null
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["AdminUserPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PublicApiController_content: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag från ett tidigare svar: 304 utan innehåll om inget har ändrats */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Handlingen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["FileContent"];
                    "application/vnd.oasis.opendocument.text": components["schemas"]["FileContent"];
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": components["schemas"]["FileContent"];
                };
            };
            /** @description Oförändrat sedan ETag:en i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    LogStatementsController_key: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        algorithm: "Ed25519";
                        keyId: string;
                        /** @description SubjectPublicKeyInfo i PEM */
                        publicKey: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    LogStatementsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "12",
                     *           "day": "2013-02-12",
                     *           "madeAt": "2013-02-12T05:00:00.000Z",
                     *           "keyId": "5d2c0f6e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d",
                     *           "cases": 41,
                     *           "url": "/public/log-statements/12"
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["LogStatementPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    LogStatementsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cases: number;
                        /** Format: date */
                        day: string;
                        id: string;
                        keyId: string;
                        /** Format: date-time */
                        madeAt: string;
                        publicKeyUrl: string;
                        /** @description base64 */
                        signature: string;
                        statement: string;
                        url: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PublicApiController_organisations: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag från ett tidigare svar: 304 utan innehåll om inget har ändrats */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>[];
                };
            };
            /** @description Oförändrat sedan ETag:en i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PublicApiController_cases: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Skickad på eller efter dagen (ÅÅÅÅ-MM-DD) */
                from?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
                /** @description Del av rubriken */
                q?: string;
                /** @description Del av en mottagares namn, t.ex. Ekerö */
                recipient?: string;
                /** @description Del av diarienumret, t.ex. KSL/12 */
                registryNumber?: string;
                /** @description Skickad på eller före dagen (ÅÅÅÅ-MM-DD) */
                to?: string;
            };
            header?: {
                /** @description ETag från ett tidigare svar: 304 utan innehåll om inget har ändrats */
                "If-None-Match"?: string;
            };
            path: {
                /** @description Organisationens kortnamn, t.ex. ksl */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
                     *           "title": "Revidering av överenskommelsen om nyanlända",
                     *           "registryNumber": "KSL/12/0053",
                     *           "sender": {
                     *             "slug": "ksl",
                     *             "name": "Kommunförbundet Stockholms län"
                     *           },
                     *           "open": true,
                     *           "status": "Pågår",
                     *           "sentDate": "2013-02-11",
                     *           "deadline": "2013-04-30",
                     *           "recipients": 26,
                     *           "answers": 3
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["PublicCasePage"];
                };
            };
            /** @description Oförändrat sedan ETag:en i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PublicApiController_case: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag från ett tidigare svar: 304 utan innehåll om inget har ändrats */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
                /** @description Organisationens kortnamn, t.ex. ksl */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Oförändrat sedan ETag:en i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PublicApiController_registry: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
                /** @description Fritext i diarienummer, motpart och (ej sekretessmarkerad) ärendemening */
                q?: string;
            };
            header?: {
                /** @description ETag från ett tidigare svar: 304 utan innehåll om inget har ändrats */
                "If-None-Match"?: string;
            };
            path: {
                /** @description Organisationens kortnamn, t.ex. ksl */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "date": "2013-02-11",
                     *           "number": "KSL/2013/0002",
                     *           "direction": "out",
                     *           "directionLabel": "Utgående",
                     *           "counterpart": "26 mottagare",
                     *           "subject": "Remiss: överenskommelse",
                     *           "secrecy": null,
                     *           "caseRegistryNumber": "KSL/12/0053",
                     *           "externalNumber": null
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["PublicRegistryPage"];
                };
            };
            /** @description Oförändrat sedan ETag:en i If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RecipientsController_getRecipient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "assignee": null,
                     *       "assignable": [],
                     *       "ownRegistryNumber": null,
                     *       "recipientId": "01e3e5c5-8cfb-4b33-a233-a3479d5198ff",
                     *       "organisationId": "94c75541-324d-481c-b38c-f0f0dafce344",
                     *       "organisationName": "Ekerö kommun",
                     *       "state": "sent",
                     *       "deadline": "2013-04-30",
                     *       "originalDeadline": "2013-04-30",
                     *       "daysLeft": 90,
                     *       "answeredAt": null,
                     *       "case": {
                     *         "id": "6e5bd9ce-d339-4465-995a-21db5a627ab3",
                     *         "title": "Överenskommelse om nyanlända",
                     *         "registryNumber": "KSL/12/0053",
                     *         "organisationId": "38e789cc-472d-4979-a5a3-e37064eb8d8c"
                     *       },
                     *       "round": {
                     *         "id": "37f55b7c-55c5-4245-a701-fcb0aa4ed9e1",
                     *         "kind": "remiss",
                     *         "seq": 1,
                     *         "subject": "Remiss: överenskommelse om nyanlända",
                     *         "message": "Svara senast den 30 april.",
                     *         "sentAt": "2013-02-01T08:00:00.000Z",
                     *         "deadline": "2013-04-30",
                     *         "closedAt": null
                     *       },
                     *       "sender": {
                     *         "organisationName": "Kommunförbundet Stockholms län",
                     *         "contacts": [
                     *           {
                     *             "name": "Kansliet KSL",
                     *             "email": "kansli@ksl.se"
                     *           }
                     *         ],
                     *         "registryEmail": "registrator@ksl.se"
                     *       },
                     *       "documents": [],
                     *       "extensions": [],
                     *       "answer": null
                     *     }
                     */
                    "application/json": components["schemas"]["RecipientView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RecipientsController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "position": "synpunkter",
                 *       "text": "Kommunen ställer sig bakom förslaget med följande synpunkter …",
                 *       "theirRegistryNumber": "KS13/250-133"
                 *     }
                 */
                "application/json": components["schemas"]["AnswerRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "answerId": "3fd20055-42ce-41d2-89ea-6b2041aa6645",
                     *       "version": 1,
                     *       "state": "answered"
                     *     }
                     */
                    "application/json": components["schemas"]["AnswerResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RecipientsController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "position": "synpunkter",
                 *       "text": "Rättad text: kommunen ställer sig bakom förslaget …",
                 *       "theirRegistryNumber": "KS13/250-133"
                 *     }
                 */
                "application/json": components["schemas"]["AnswerRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "answerId": "bb663392-8aea-4421-b717-f674d49c5c17",
                     *       "version": 2,
                     *       "state": "answered"
                     *     }
                     */
                    "application/json": components["schemas"]["AnswerResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    SecrecyController_markAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "extent": "whole",
                 *       "legalGround": "OSL 21 kap. 7 §",
                 *       "reason": "Innehåller uppgifter om enskildas personliga förhållanden"
                 *     }
                 */
                "application/json": components["schemas"]["MarkSecretRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                     *       "targetKind": "answer",
                     *       "targetId": "6f1d3c1e-2b7a-4c55-9a35-0f3c7f1d9b10",
                     *       "targetTitle": "Remissversion",
                     *       "recipientId": null,
                     *       "extent": "whole",
                     *       "legalGround": "OSL 21 kap. 7 §",
                     *       "reason": "Innehåller uppgifter om enskildas personliga förhållanden",
                     *       "maskedSubject": null,
                     *       "markedBy": "Karin Kansli",
                     *       "markedAt": "2013-03-01T09:00:00.000Z",
                     *       "unmarkedBy": null,
                     *       "unmarkedAt": null,
                     *       "unmarkReason": null
                     *     }
                     */
                    "application/json": components["schemas"]["SecrecyMarking"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    SecrecyController_unmarkAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Sekretessen gäller inte längre"
                 *     }
                 */
                "application/json": components["schemas"]["UnmarkSecretRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                     *       "targetKind": "answer",
                     *       "targetId": "6f1d3c1e-2b7a-4c55-9a35-0f3c7f1d9b10",
                     *       "targetTitle": "Remissversion",
                     *       "recipientId": null,
                     *       "extent": "whole",
                     *       "legalGround": "OSL 21 kap. 7 §",
                     *       "reason": "Innehåller uppgifter om enskildas personliga förhållanden",
                     *       "maskedSubject": null,
                     *       "markedBy": "Karin Kansli",
                     *       "markedAt": "2013-03-01T09:00:00.000Z",
                     *       "unmarkedBy": null,
                     *       "unmarkedAt": "2013-03-02T09:00:00.000Z",
                     *       "unmarkReason": null
                     *     }
                     */
                    "application/json": components["schemas"]["SecrecyMarking"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RecipientsController_setAssignee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a"
                 *     }
                 */
                "application/json": components["schemas"]["AssignRecipientRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "recipientId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                     *       "assignee": {
                     *         "id": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *         "name": "Anna Andersson",
                     *         "email": "anna.andersson@ekero.example.se"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RecipientAssignment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DecisionsController_chain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "recipientId": "a70a98db-fac5-4729-8e91-187ad840acbc",
                     *       "caseId": "b01032b2-d088-4921-8996-ac9d7b0ef619",
                     *       "organisationId": "43193268-d04d-4167-b24f-48918edf08b5",
                     *       "organisationName": "Ekerö kommun",
                     *       "state": "inProgress",
                     *       "deadline": "2013-11-15",
                     *       "acceptedEvents": [
                     *         "REGISTER_PREPARATION",
                     *         "REGISTER_DECISION",
                     *         "REQUEST_EXTENSION"
                     *       ],
                     *       "preparations": [
                     *         {
                     *           "id": "af07b0f2-da4b-4a9b-b4e3-b6d3f1d33bcd",
                     *           "kind": "tjansteutlatande",
                     *           "date": "2013-08-29",
                     *           "author": "Socialkontoret",
                     *           "title": "Överenskommelse om nyanlända",
                     *           "documentId": null,
                     *           "createdAt": "2013-08-29T08:00:00.000Z"
                     *         }
                     *       ],
                     *       "decisions": [
                     *         {
                     *           "id": "fc547bfe-433f-4376-beee-5dda77c81b97",
                     *           "recipientId": "a70a98db-fac5-4729-8e91-187ad840acbc",
                     *           "caseId": "b01032b2-d088-4921-8996-ac9d7b0ef619",
                     *           "organisationId": "43193268-d04d-4167-b24f-48918edf08b5",
                     *           "chainId": "fc547bfe-433f-4376-beee-5dda77c81b97",
                     *           "version": 1,
                     *           "supersedesId": null,
                     *           "superseded": false,
                     *           "bodyKind": "committee",
                     *           "bodyName": "Socialnämnden",
                     *           "meetingDate": "2013-09-25",
                     *           "paragraph": "§ 130",
                     *           "outcome": "answer",
                     *           "outcomeLabel": "Yttrande",
                     *           "text": "Socialnämnden föreslår kommunstyrelsen att anta överenskommelsen.",
                     *           "justeringDate": "2013-09-25",
                     *           "immediate": true,
                     *           "immediateJustering": true,
                     *           "noticePostedDate": "2013-09-25",
                     *           "appealWindowCloses": "2013-10-16",
                     *           "final": false,
                     *           "documentId": null,
                     *           "correctionReason": null,
                     *           "createdAt": "2013-09-25T14:00:00.000Z"
                     *         }
                     *       ],
                     *       "finalDecision": null,
                     *       "dispatch": null
                     *     }
                     */
                    "application/json": components["schemas"]["DecisionChain"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DecisionsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "bodyKind": "committee",
                 *       "bodyName": "Socialnämnden",
                 *       "meetingDate": "2013-09-25",
                 *       "paragraph": "§ 130",
                 *       "outcome": "answer",
                 *       "text": "Socialnämnden föreslår att kommunen antar överenskommelsen.",
                 *       "immediate": true,
                 *       "final": false
                 *     }
                 */
                "application/json": components["schemas"]["DecisionRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fc547bfe-433f-4376-beee-5dda77c81b97",
                     *       "recipientId": "a70a98db-fac5-4729-8e91-187ad840acbc",
                     *       "caseId": "b01032b2-d088-4921-8996-ac9d7b0ef619",
                     *       "organisationId": "43193268-d04d-4167-b24f-48918edf08b5",
                     *       "chainId": "fc547bfe-433f-4376-beee-5dda77c81b97",
                     *       "version": 1,
                     *       "supersedesId": null,
                     *       "superseded": false,
                     *       "bodyKind": "committee",
                     *       "bodyName": "Socialnämnden",
                     *       "meetingDate": "2013-09-25",
                     *       "paragraph": "§ 130",
                     *       "outcome": "answer",
                     *       "outcomeLabel": "Yttrande",
                     *       "text": "Socialnämnden föreslår kommunstyrelsen att anta överenskommelsen.",
                     *       "justeringDate": "2013-09-25",
                     *       "immediate": true,
                     *       "immediateJustering": true,
                     *       "noticePostedDate": "2013-09-25",
                     *       "appealWindowCloses": "2013-10-16",
                     *       "final": false,
                     *       "documentId": null,
                     *       "correctionReason": null,
                     *       "createdAt": "2013-09-25T14:00:00.000Z",
                     *       "state": "inProgress"
                     *     }
                     */
                    "application/json": components["schemas"]["DecisionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RecipientsController_declineAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Kommunen avstår från att yttra sig."
                 *     }
                 */
                "application/json": components["schemas"]["DeclineRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "state": "declined"
                     *     }
                     */
                    "application/json": components["schemas"]["StateResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DecisionsController_dispatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "addresses": [
                 *         "socialkontoret@ekero.example.se"
                 *       ],
                 *       "theirRegistryNumber": "KS13/250-133"
                 *     }
                 */
                "application/json": components["schemas"]["DispatchRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dispatchId": "636d5995-9b52-43ca-a9a7-5d749fdff558",
                     *       "decisionId": "73ae92cc-a3e2-4a3a-95c2-b7a37a1922f3",
                     *       "to": [
                     *         "registrator@ksl.se"
                     *       ],
                     *       "subject": "Expediering: beslut från Ekerö kommun – Överenskommelse om nyanlända",
                     *       "senderRegistryNumber": "KS13/250-133",
                     *       "receiverRegistryNumber": "KSL/2013/0009",
                     *       "state": "dispatched"
                     *     }
                     */
                    "application/json": components["schemas"]["DispatchResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RecipientsController_requestExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requestedDate": "2013-12-19",
                 *       "reason": "Ärendet behandlas i kommunfullmäktige först i december."
                 *     }
                 */
                "application/json": components["schemas"]["ExtensionRequestRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "extensionRequestId": "d929a1ee-7f8e-4388-a838-dfd0cceaa57d",
                     *       "state": "inProgress",
                     *       "warnings": [
                     *         {
                     *           "code": "DEADLINE.NON_WORKING_DAY",
                     *           "message": "Den 6 juni 2013 är Sveriges nationaldag. Närmaste vardag är fredag 7 juni 2013.",
                     *           "suggestedDeadline": "2013-06-07"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ExtensionRequested"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RecipientsController_listInnerAnswers: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "answerId": "0065fd23-f059-4dfd-bc83-234ac8ba0c21",
                     *           "organisationName": "Socialtjänstnämnden",
                     *           "position": "synpunkter",
                     *           "receivedAt": "2013-04-02T08:00:00.000Z",
                     *           "caseTitle": "Intern remiss: nyanlända"
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["InnerAnswerPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DecisionsController_prepare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "tjansteutlatande",
                 *       "date": "2013-08-29",
                 *       "author": "Socialkontoret",
                 *       "title": "Överenskommelse om samverkan gällande nyanlända"
                 *     }
                 */
                "application/json": components["schemas"]["PreparationRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "af07b0f2-da4b-4a9b-b4e3-b6d3f1d33bcd",
                     *       "kind": "tjansteutlatande",
                     *       "date": "2013-08-29",
                     *       "author": "Socialkontoret",
                     *       "title": "Överenskommelse om nyanlända",
                     *       "documentId": null,
                     *       "createdAt": "2013-08-29T08:00:00.000Z",
                     *       "state": "inProgress"
                     *     }
                     */
                    "application/json": components["schemas"]["PreparationResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DecisionsController_receipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "registryNumber": "KSL/13/0412"
                 *     }
                 */
                "application/json": components["schemas"]["ReceiptRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "registryNumber": "KSL/13/0412",
                     *       "receivedAt": "2013-12-20T09:00:00.000Z",
                     *       "state": "received"
                     *     }
                     */
                    "application/json": components["schemas"]["ReceiptResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RecipientsController_listReminders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "recipientId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                     *       "deadline": "2013-12-19",
                     *       "items": [
                     *         {
                     *           "id": "0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b",
                     *           "kind": "before",
                     *           "key": "before-14",
                     *           "deadline": "2013-11-15",
                     *           "dueAt": "2013-11-01T07:00:00.000Z",
                     *           "status": "sent",
                     *           "reason": null,
                     *           "doneAt": "2013-11-01T07:00:02.000Z"
                     *         },
                     *         {
                     *           "id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                     *           "kind": "deadline",
                     *           "key": "deadline",
                     *           "deadline": "2013-11-15",
                     *           "dueAt": "2013-11-14T07:00:00.000Z",
                     *           "status": "cancelled",
                     *           "reason": "svarsdagen flyttades till 2013-12-19 (anstånd); påminnelserna planerades om",
                     *           "doneAt": "2013-11-05T09:12:00.000Z"
                     *         },
                     *         {
                     *           "id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
                     *           "kind": "deadline",
                     *           "key": "deadline",
                     *           "deadline": "2013-12-19",
                     *           "dueAt": "2013-12-18T07:00:00.000Z",
                     *           "status": "planned",
                     *           "reason": null,
                     *           "doneAt": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RecipientReminders"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RegistryController_list: {
        parameters: {
            query?: {
                /** @description Bara ett ärendes poster */
                caseId?: string;
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Inkommande, utgående eller intern */
                direction?: "in" | "out" | "internal";
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
                /** @description Fritext i diarienummer, motpart, ärendemening och motpartens nummer */
                q?: string;
                /** @description Diarieår */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                     *           "date": "2013-02-11",
                     *           "registeredAt": "2013-02-11T09:30:00.000Z",
                     *           "number": "KSL/12/0053-1",
                     *           "direction": "out",
                     *           "counterpart": "Ekerö kommun",
                     *           "subject": "Remiss: Överenskommelse om samverkan gällande nyanlända",
                     *           "externalNumber": null,
                     *           "caseNumber": "KSL/12/0053",
                     *           "formerNumber": null,
                     *           "case": {
                     *             "id": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
                     *             "registryNumber": "KSL/12/0053",
                     *             "title": "Revidering av överenskommelsen om nyanlända"
                     *           },
                     *           "document": {
                     *             "id": "6f1d3c1e-2b7a-4c55-9a35-0f3c7f1d9b10",
                     *             "title": "Remissversion",
                     *             "filename": "Överenskommelse.pdf"
                     *           }
                     *         }
                     *       ],
                     *       "nextCursor": "WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd"
                     *     }
                     */
                    "application/json": components["schemas"]["RegistryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RegistryController_csv: {
        parameters: {
            query?: {
                /** @description Bara ett ärendes poster */
                caseId?: string;
                /** @description Inkommande, utgående eller intern */
                direction?: "in" | "out" | "internal";
                /** @description Fritext i diarienummer, motpart, ärendemening och motpartens nummer */
                q?: string;
                /** @description Diarieår */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Diariet (UTF-8 med BOM, semikolon) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example Datum;Diarienummer;Riktning;Motpart;Ärendemening;Ärende;Ärendets diarienummer;Dokument;Motpartens nummer */
                    "text/csv": components["schemas"]["FileContent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Samma nyckel och samma innehåll ger samma svar utan att arbetet görs igen; samma nyckel med annat innehåll ger 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Anna Andersson",
                 *       "email": "anna.andersson@ekero.example.se",
                 *       "role": "officer"
                 *     }
                 */
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description Skapad */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "9fe968fb-60df-4606-9127-d0d109f836f9",
                     *       "name": "Anna Andersson",
                     *       "email": "anna.andersson@ekero.example.se",
                     *       "role": "officer",
                     *       "organisationId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    UserAdminController_deactivate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Samma nyckel och samma innehåll ger samma svar utan att arbetet görs igen; samma nyckel med annat innehåll ger 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *       "name": "Anna Andersson",
                     *       "email": "anna.andersson@ekero.example.se",
                     *       "role": "officer",
                     *       "kind": "person",
                     *       "status": "invited",
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "lastSignInAt": null,
                     *       "deactivatedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    UserAdminController_resendInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Samma nyckel och samma innehåll ger samma svar utan att arbetet görs igen; samma nyckel med annat innehåll ger 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *       "name": "Anna Andersson",
                     *       "email": "anna.andersson@ekero.example.se",
                     *       "role": "officer",
                     *       "kind": "person",
                     *       "status": "invited",
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "lastSignInAt": null,
                     *       "deactivatedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    UserAdminController_reactivate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Samma nyckel och samma innehåll ger samma svar utan att arbetet görs igen; samma nyckel med annat innehåll ger 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *       "name": "Anna Andersson",
                     *       "email": "anna.andersson@ekero.example.se",
                     *       "role": "officer",
                     *       "kind": "person",
                     *       "status": "invited",
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "lastSignInAt": null,
                     *       "deactivatedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    UserAdminController_changeRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Samma nyckel och samma innehåll ger samma svar utan att arbetet görs igen; samma nyckel med annat innehåll ger 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "secretariat"
                 *     }
                 */
                "application/json": components["schemas"]["ChangeRoleRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *       "name": "Anna Andersson",
                     *       "email": "anna.andersson@ekero.example.se",
                     *       "role": "officer",
                     *       "kind": "person",
                     *       "status": "invited",
                     *       "createdAt": "2026-12-01T09:00:00.000Z",
                     *       "lastSignInAt": null,
                     *       "deactivatedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    WebhooksController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: {
                            durationMs?: number | null;
                            error?: string | null;
                            /** @enum {string} */
                            outcome?: "sending" | "delivered" | "retry" | "failed";
                            /** Format: date-time */
                            startedAt?: string;
                            statusCode?: number | null;
                        }[];
                        /** Format: uuid */
                        caseId: string;
                        /** Format: date-time */
                        createdAt: string;
                        eventId: string;
                        eventType: string;
                        /** Format: uuid */
                        id: string;
                        lastError: string | null;
                        lastStatusCode: number | null;
                        /** Format: date-time */
                        nextAttemptAt: string | null;
                        /** Format: date-time */
                        settledAt: string | null;
                        /** @enum {string} */
                        status: "pending" | "delivered" | "failed";
                        tries: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            deliveries: {
                                delivered?: number;
                                failed?: number;
                                pending?: number;
                            };
                            description: string;
                            /** Format: uuid */
                            id: string;
                            types: ("se.remiss.answer.corrected" | "se.remiss.answer.declined" | "se.remiss.answer.received" | "se.remiss.case.draft.added" | "se.remiss.case.drafting.started" | "se.remiss.case.event.recorded" | "se.remiss.case.opened" | "se.remiss.case.proposal.adjusted" | "se.remiss.case.ready" | "se.remiss.case.recommendation.sent" | "se.remiss.case.remiss.sent" | "se.remiss.case.seminar.cancelled" | "se.remiss.case.seminar.held" | "se.remiss.case.seminar.scheduled" | "se.remiss.case.withdrawn" | "se.remiss.deadline.passed" | "se.remiss.decision.corrected" | "se.remiss.decision.dispatched" | "se.remiss.decision.preparation.registered" | "se.remiss.decision.received" | "se.remiss.decision.registered" | "se.remiss.extension.denied" | "se.remiss.extension.granted" | "se.remiss.extension.requested" | "se.remiss.recipient.closed" | "se.remiss.recipient.withdrawn" | "se.remiss.recommendation.closed" | "se.remiss.round.closed" | "se.remiss.round.sent" | "se.remiss.termination.registered")[];
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                        }[];
                        /** @description Ogenomskinlig fortsättningsmarkör (null på sista sidan) */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://diarie.ekero.se/remiss-webhook",
                 *       "types": [
                 *         "se.remiss.round.sent"
                 *       ],
                 *       "description": "Ekerös diariesystem"
                 *     }
                 */
                "application/json": {
                    description?: string;
                    /** @description whsec_ + base64 av 24–64 byte; utelämna för att få en genererad (visas bara nu) */
                    secret?: string;
                    /** @description Händelsetyperna som ska skickas (utelämna eller tom lista: alla); se GET /events/types */
                    types?: string[];
                    /** @description https-adress som tar emot POST (http bara till den egna datorn under utveckling) */
                    url: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        deliveries: {
                            delivered?: number;
                            failed?: number;
                            pending?: number;
                        };
                        description: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Hemligheten som signerar leveranserna; visas bara här */
                        secret: string;
                        types: ("se.remiss.answer.corrected" | "se.remiss.answer.declined" | "se.remiss.answer.received" | "se.remiss.case.draft.added" | "se.remiss.case.drafting.started" | "se.remiss.case.event.recorded" | "se.remiss.case.opened" | "se.remiss.case.proposal.adjusted" | "se.remiss.case.ready" | "se.remiss.case.recommendation.sent" | "se.remiss.case.remiss.sent" | "se.remiss.case.seminar.cancelled" | "se.remiss.case.seminar.held" | "se.remiss.case.seminar.scheduled" | "se.remiss.case.withdrawn" | "se.remiss.deadline.passed" | "se.remiss.decision.corrected" | "se.remiss.decision.dispatched" | "se.remiss.decision.preparation.registered" | "se.remiss.decision.received" | "se.remiss.decision.registered" | "se.remiss.extension.denied" | "se.remiss.extension.granted" | "se.remiss.extension.requested" | "se.remiss.recipient.closed" | "se.remiss.recipient.withdrawn" | "se.remiss.recommendation.closed" | "se.remiss.round.closed" | "se.remiss.round.sent" | "se.remiss.termination.registered")[];
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        deliveries: {
                            delivered?: number;
                            failed?: number;
                            pending?: number;
                        };
                        description: string;
                        /** Format: uuid */
                        id: string;
                        types: ("se.remiss.answer.corrected" | "se.remiss.answer.declined" | "se.remiss.answer.received" | "se.remiss.case.draft.added" | "se.remiss.case.drafting.started" | "se.remiss.case.event.recorded" | "se.remiss.case.opened" | "se.remiss.case.proposal.adjusted" | "se.remiss.case.ready" | "se.remiss.case.recommendation.sent" | "se.remiss.case.remiss.sent" | "se.remiss.case.seminar.cancelled" | "se.remiss.case.seminar.held" | "se.remiss.case.seminar.scheduled" | "se.remiss.case.withdrawn" | "se.remiss.deadline.passed" | "se.remiss.decision.corrected" | "se.remiss.decision.dispatched" | "se.remiss.decision.preparation.registered" | "se.remiss.decision.received" | "se.remiss.decision.registered" | "se.remiss.extension.denied" | "se.remiss.extension.granted" | "se.remiss.extension.requested" | "se.remiss.recipient.closed" | "se.remiss.recipient.withdrawn" | "se.remiss.recommendation.closed" | "se.remiss.round.closed" | "se.remiss.round.sent" | "se.remiss.termination.registered")[];
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Borttagen */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    WebhooksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "active": false
                 *     }
                 */
                "application/json": {
                    /** @description false: pausa (händelserna väntar), true: återuppta */
                    active?: boolean;
                    description?: string;
                    /** @description Händelsetyperna som ska skickas (utelämna eller tom lista: alla); se GET /events/types */
                    types?: string[];
                    url?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        deliveries: {
                            delivered?: number;
                            failed?: number;
                            pending?: number;
                        };
                        description: string;
                        /** Format: uuid */
                        id: string;
                        types: ("se.remiss.answer.corrected" | "se.remiss.answer.declined" | "se.remiss.answer.received" | "se.remiss.case.draft.added" | "se.remiss.case.drafting.started" | "se.remiss.case.event.recorded" | "se.remiss.case.opened" | "se.remiss.case.proposal.adjusted" | "se.remiss.case.ready" | "se.remiss.case.recommendation.sent" | "se.remiss.case.remiss.sent" | "se.remiss.case.seminar.cancelled" | "se.remiss.case.seminar.held" | "se.remiss.case.seminar.scheduled" | "se.remiss.case.withdrawn" | "se.remiss.deadline.passed" | "se.remiss.decision.corrected" | "se.remiss.decision.dispatched" | "se.remiss.decision.preparation.registered" | "se.remiss.decision.received" | "se.remiss.decision.registered" | "se.remiss.extension.denied" | "se.remiss.extension.granted" | "se.remiss.extension.requested" | "se.remiss.recipient.closed" | "se.remiss.recipient.withdrawn" | "se.remiss.recommendation.closed" | "se.remiss.round.closed" | "se.remiss.round.sent" | "se.remiss.termination.registered")[];
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    WebhooksController_listDeliveries: {
        parameters: {
            query?: {
                /** @description nextCursor från föregående sida (utelämna för första sidan) */
                cursor?: string;
                /** @description Högst så många poster (1–200, standard 50) */
                limit?: number;
                /** @description Bara leveranser med denna status */
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: {
                                durationMs?: number | null;
                                error?: string | null;
                                /** @enum {string} */
                                outcome?: "sending" | "delivered" | "retry" | "failed";
                                /** Format: date-time */
                                startedAt?: string;
                                statusCode?: number | null;
                            }[];
                            /** Format: uuid */
                            caseId: string;
                            /** Format: date-time */
                            createdAt: string;
                            eventId: string;
                            eventType: string;
                            /** Format: uuid */
                            id: string;
                            lastError: string | null;
                            lastStatusCode: number | null;
                            /** Format: date-time */
                            nextAttemptAt: string | null;
                            /** Format: date-time */
                            settledAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                            tries: number;
                        }[];
                        /** @description Ogenomskinlig fortsättningsmarkör (null på sista sidan) */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    WebhooksController_replayFailed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "since": "2013-11-05T00:00:00+01:00"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date-time
                     * @description Skicka om alla slutligt misslyckade leveranser sedan denna tidpunkt
                     */
                    since: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        replayed: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
