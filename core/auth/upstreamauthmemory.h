#pragma once

#include "proxyauthenticate.h"

#include <atomic>

// What the engine has learned about its upstream proxy's authentication: the scheme that worked
// last. Shared by every worker (hence atomic) so that, once one connection found that the proxy
// wants Negotiate or NTLM, the others start that handshake on their first request instead of
// sending Basic (in the clear) to be refused.
class UpstreamAuthMemory {
public:
    void remember(AuthChallenge::Scheme scheme) { m_scheme.store(int(scheme), std::memory_order_relaxed); }
    // Other: nothing learned yet.
    AuthChallenge::Scheme scheme() const
    {
        return AuthChallenge::Scheme(m_scheme.load(std::memory_order_relaxed));
    }

private:
    std::atomic<int> m_scheme{int(AuthChallenge::Scheme::Other)};
};
