// fuzzcheck: the promises every parser harness checks, shared by the harnesses of tests/fuzz.
#pragma once

#include "aws/awserror.h"

#include <cstdlib>

namespace FuzzCheck {

/// A broken promise aborts, as a crash does, so libFuzzer keeps the input.
inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

/// A refusal must be an error value with a message, never an empty error.
template <typename T> void checkResult(const Result<T> &r)
{
    if (!r)
        require(r.error().isError());
}

} // namespace FuzzCheck
