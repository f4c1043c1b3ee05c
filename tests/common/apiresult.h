#pragma once

#include "apierror.h"

#include <functional>

// What an asynchronous DeepomaticClient call gave a suite: its value, its error, and whether it
// finished. into() is the callback that fills it in.
template<typename T>
struct ApiResult {
    T value;
    ApiError error;
    bool done = false;
};

template<typename T>
std::function<void(const T &, const ApiError &)> into(ApiResult<T> *result)
{
    return [result](const T &value, const ApiError &error) {
        result->value = value;
        result->error = error;
        result->done = true;
    };
}
