// Fetches each URL given with java.net's default ProxySelector, which reads -Dhttp.proxyHost,
// -Dhttp.proxyPort and -Dhttp.nonProxyHosts. The recording servers tell where each one went.
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

public class Fetch {
    public static void main(String[] args) throws Exception {
        for (String target : args) {
            try {
                HttpURLConnection connection = (HttpURLConnection) new URL(target).openConnection();
                connection.setConnectTimeout(5000);
                connection.setReadTimeout(5000);
                try (InputStream in = connection.getInputStream()) {
                    in.readAllBytes();
                }
            } catch (Exception e) {
                System.err.println(target + ": " + e);
            }
        }
    }
}
