package org.ziyuanku.web.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link RefusalExceptionHandler} in front of the exception handlers configured before it (faces-config.xml). */
public class RefusalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public RefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
    }
}
