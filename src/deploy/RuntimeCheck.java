import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.util.Hashtable;
import javax.naming.CommunicationException;
import javax.naming.NamingException;
import javax.naming.NoInitialContextException;
import javax.naming.ServiceUnavailableException;
import javax.naming.directory.InitialDirContext;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Proves that a jlink runtime can do what the MongoDB driver and the Papertrail shipping load by name,
 * which jdeps cannot see. Run it with the runtime under test: {@code runtime/bin/java -cp DIR RuntimeCheck}.
 * Exit 0 when everything loads; 1 when a provider is missing.
 *
 * <p>The DNS part does what the driver's JNDI DNS client does for a {@code mongodb+srv://} URI. An Atlas-style
 * SRV lookup that then fails for want of network is fine (the provider loaded and tried); a missing
 * {@code jdk.naming.dns} fails before any lookup, with {@link NoInitialContextException}.
 */
public final class RuntimeCheck {

    private static final String SRV_NAME = "_mongodb._tcp.cluster0.example.mongodb.net";

    public static void main(String[] args) throws Exception {
        boolean ok = dnsProviderLoads() & tlsWorks();
        System.out.println(ok ? "runtime check passed" : "runtime check FAILED");
        System.exit(ok ? 0 : 1);
    }

    private static boolean dnsProviderLoads() {
        Hashtable<String, String> env = new Hashtable<>();
        env.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
        env.put("java.naming.provider.url", "dns:");
        try {
            InitialDirContext dns = new InitialDirContext(env);
            try {
                dns.getAttributes(SRV_NAME, new String[] {"SRV"});
                System.out.println("dns: provider loaded, " + SRV_NAME + " answered");
            } catch (CommunicationException | ServiceUnavailableException offline) {
                System.out.println("dns: provider loaded; lookup not possible here (" + offline.getMessage() + ")");
            } catch (NamingException answered) {
                System.out.println("dns: provider loaded; the resolver answered " + answered.getClass().getSimpleName());
            } finally {
                dns.close();
            }
            return true;
        } catch (NoInitialContextException missing) {
            System.out.println("dns: FAILED, no JNDI DNS provider (is jdk.naming.dns in the runtime?): " + missing);
            return false;
        } catch (NamingException other) {
            System.out.println("dns: FAILED, " + other);
            return false;
        }
    }

    private static boolean tlsWorks() {
        try {
            KeyPairGenerator.getInstance("EC").initialize(256);
            SSLContext.getInstance("TLSv1.3").init(null, null, null);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init((KeyStore) null);
            System.out.println("tls: TLSv1.3 and EC available, default trust store loaded");
            return true;
        } catch (Exception e) {
            System.out.println("tls: FAILED, " + e);
            return false;
        }
    }
}
