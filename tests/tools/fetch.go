// Fetches each URL given with net/http's default transport, whose proxy comes from
// http.ProxyFromEnvironment (HTTP_PROXY, HTTPS_PROXY, NO_PROXY). The recording servers tell
// where each request went. Standard library only: it builds offline.
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"time"
)

func main() {
	client := &http.Client{Timeout: 5 * time.Second}
	for _, target := range os.Args[1:] {
		response, err := client.Get(target)
		if err != nil {
			fmt.Fprintln(os.Stderr, target+":", err)
			continue
		}
		io.Copy(io.Discard, response.Body)
		response.Body.Close()
	}
}
